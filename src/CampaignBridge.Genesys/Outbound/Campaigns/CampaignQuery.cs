namespace CampaignBridge.Genesys;

/// <summary>Selects one page of campaigns.</summary>
/// <param name="Name">Optional name prefix filter.</param>
/// <param name="PageSize">Page size, 1..100 (Genesys caps it at 100). Default <see cref="DefaultPageSize"/>.</param>
/// <param name="PageNumber">1-based page number.</param>
public sealed record CampaignQuery(string? Name = null, int PageSize = CampaignQuery.DefaultPageSize, int PageNumber = 1)
{
    /// <summary>Genesys's default page size.</summary>
    public const int DefaultPageSize = 25;

    /// <summary>The largest page Genesys serves.</summary>
    public const int MaxPageSize = 100;
}
