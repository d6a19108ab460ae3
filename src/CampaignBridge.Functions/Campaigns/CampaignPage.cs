namespace CampaignBridge.Functions.Campaigns;

/// <summary>One page of campaigns.</summary>
public sealed record CampaignPage
{
    /// <summary>The campaigns on this page.</summary>
    public required IReadOnlyList<CampaignSummary> Campaigns { get; init; }

    /// <summary>1-based page number.</summary>
    public int PageNumber { get; init; }

    /// <summary>Page size used.</summary>
    public int PageSize { get; init; }

    /// <summary>Campaigns matching the query in total.</summary>
    public long Total { get; init; }

    /// <summary>Number of pages.</summary>
    public int PageCount { get; init; }
}
