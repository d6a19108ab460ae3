namespace CampaignBridge.Genesys;

/// <summary>One page of <c>GET /api/v2/routing/wrapupcodes</c>.</summary>
public sealed record WrapUpCodeListing
{
    /// <summary>The codes of this page.</summary>
    public IReadOnlyList<WrapUpCode> Entities { get => field ?? []; init; }

    /// <summary>The page number.</summary>
    public int PageNumber { get; init; }

    /// <summary>How many pages there are.</summary>
    public int PageCount { get; init; }
}
