namespace CampaignBridge.Genesys;

/// <summary>Paging of a detail query (<c>PagingSpec</c>).</summary>
/// <param name="PageSize">How many results per page.</param>
/// <param name="PageNumber">Which page, 1-based.</param>
public sealed record PagingSpec(int PageSize, int PageNumber);
