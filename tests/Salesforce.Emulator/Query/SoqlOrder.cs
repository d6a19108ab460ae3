namespace Salesforce.Emulator;

/// <summary>One ORDER BY item; nulls sort first unless NULLS LAST.</summary>
internal sealed record SoqlOrder(SoqlToken Field, bool Descending, bool NullsLast);
