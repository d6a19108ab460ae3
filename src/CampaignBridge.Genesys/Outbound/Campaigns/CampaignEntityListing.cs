namespace CampaignBridge.Genesys;

/// <summary>One page of campaigns (<c>CampaignEntityListing</c>).</summary>
public sealed record CampaignEntityListing
{
    /// <summary>The campaigns on this page.</summary>
    public IReadOnlyList<Campaign> Entities { get => field ?? []; init; }

    /// <summary>The page size used.</summary>
    public int PageSize { get; init; }

    /// <summary>The 1-based page number.</summary>
    public int PageNumber { get; init; }

    /// <summary>The number of campaigns matching the query.</summary>
    public long Total { get; init; }

    /// <summary>The number of pages.</summary>
    public int PageCount { get; init; }
}
