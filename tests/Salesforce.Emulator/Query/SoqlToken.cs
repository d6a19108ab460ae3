namespace Salesforce.Emulator;

/// <summary>One token: kind, text (string literals unescaped) and 1-based column for error messages.</summary>
internal sealed record SoqlToken(SoqlTokenKind Kind, string Text, int Column)
{
    public bool IsKeyword(string keyword) => Kind == SoqlTokenKind.Identifier && Text.Equals(keyword, StringComparison.OrdinalIgnoreCase);

    public bool IsSymbol(string symbol) => Kind == SoqlTokenKind.Symbol && Text == symbol;
}
