namespace Salesforce.Emulator;

/// <summary>A parsed query: <c>SELECT fields|COUNT() FROM type [WHERE …] [ORDER BY …] [LIMIT n] [OFFSET n]</c>.</summary>
internal sealed record SoqlQuery(
    string Text,
    IReadOnlyList<SoqlToken> Fields,
    bool IsCount,
    SoqlToken From,
    SoqlCondition? Where,
    IReadOnlyList<SoqlOrder> OrderBy,
    int? Limit,
    int? Offset);
