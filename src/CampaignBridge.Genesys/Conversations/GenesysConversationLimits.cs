namespace CampaignBridge.Genesys;

/// <summary>Limits of the results endpoints (reference genesys-call-results.md §1.3, §1.4, §2.4).</summary>
public static class GenesysConversationLimits
{
    /// <summary>Largest page of the detail query (UNCONFIRMED upstream; the usual platform maximum).</summary>
    public const int MaxPageSize = 100;

    /// <summary>Results reachable by paging one query ("Pagination may not exceed 100000 results.").</summary>
    public const int MaxResultsPerQuery = 100_000;

    /// <summary>Longest interval of a query that has a filter (31 days; 7 without).</summary>
    public static readonly TimeSpan MaxFilteredInterval = TimeSpan.FromDays(31);

    /// <summary>Page size used to read wrap-up codes.</summary>
    public const int WrapUpCodePageSize = 100;

    /// <summary>Upper bound on wrap-up code pages read (10,000 codes).</summary>
    public const int MaxWrapUpCodePages = 100;
}
