namespace CampaignBridge.Genesys;

/// <summary>
/// The body of <c>POST /api/v2/analytics/conversations/details/query</c> (<c>ConversationQuery</c>). The interval
/// selects conversations that <b>started</b> on a UTC day the interval touches, whatever its hours say, so a reader must
/// filter the results itself.
/// </summary>
public sealed record ConversationQuery
{
    /// <summary>ISO-8601 <c>start/end</c>, e.g. <c>2026-12-01T00:00:00.000Z/2026-12-02T00:00:00.000Z</c>.</summary>
    public required string Interval { get; init; }

    /// <summary><c>asc</c> (default), <c>desc</c> or <c>unordered</c>.</summary>
    public string? Order { get; init; }

    /// <summary><c>conversationStart</c> (default), <c>conversationEnd</c>, <c>segmentStart</c> or <c>segmentEnd</c>.</summary>
    public string? OrderBy { get; init; }

    /// <summary>Page size (at most <see cref="GenesysConversationLimits.MaxPageSize"/>) and 1-based page number.</summary>
    public required PagingSpec Paging { get; init; }

    /// <summary>Conversation-level filters (e.g. <c>conversationEnd exists</c>).</summary>
    public IReadOnlyList<ConversationFilter>? ConversationFilters { get; init; }

    /// <summary>Session/segment-level filters, where the outbound ids live (e.g. <c>outboundCampaignId</c>).</summary>
    public IReadOnlyList<ConversationFilter>? SegmentFilters { get; init; }

    /// <summary>Formats an interval as the API wants it (UTC, milliseconds).</summary>
    public static string FormatInterval(DateTimeOffset start, DateTimeOffset end)
        => $"{start.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.fff'Z'}/{end.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.fff'Z'}";
}
