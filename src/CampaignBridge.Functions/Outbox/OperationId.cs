using System.Diagnostics.CodeAnalysis;

namespace CampaignBridge.Functions.Outbox;

/// <summary>The id of a queued piece of work: a GUID, written in its 36-character "D" form.</summary>
internal readonly record struct OperationId(Guid Value)
{
    public static OperationId New() => new(Guid.NewGuid());

    /// <summary>Accepts only the 36-character hyphenated form, so an id is never a path or a pattern, and never the nil GUID.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out OperationId id)
    {
        // The nil GUID is never issued (operations get random ones), so it is not an operation id either.
        if (text is { Length: 36 } && Guid.TryParseExact(text, "D", out var value) && value != Guid.Empty)
        {
            id = new OperationId(value);
            return true;
        }

        id = default;
        return false;
    }

    public override string ToString() => Value.ToString("D");
}
