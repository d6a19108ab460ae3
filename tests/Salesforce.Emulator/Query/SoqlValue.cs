namespace Salesforce.Emulator;

/// <summary>A literal in a WHERE clause: its token kind (<see cref="SoqlTokenKind.Identifier"/> for true/false/null) and text.</summary>
internal sealed record SoqlValue(SoqlTokenKind Kind, string Text, int Column)
{
    public bool IsNull => Kind == SoqlTokenKind.Identifier && Text.Equals("null", StringComparison.OrdinalIgnoreCase);

    public bool? Boolean => Kind == SoqlTokenKind.Identifier && bool.TryParse(Text, out var value) ? value : null;
}
