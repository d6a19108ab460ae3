namespace GenesysCloud.Emulator;

/// <summary>A validated <c>ConversationQuery</c>: the UTC days its interval touches, order, paging and filters.</summary>
internal sealed record ConversationQuery(
    DateOnly FirstDay,
    DateOnly LastDay,
    string Order,
    string OrderBy,
    int PageSize,
    int PageNumber,
    IReadOnlyList<DetailFilter> ConversationFilters,
    IReadOnlyList<DetailFilter> SegmentFilters);
