namespace CampaignBridge.Genesys;

/// <summary>Call outcomes by business category.</summary>
public sealed record CampaignBusinessCategoryMetrics
{
    /// <summary>Successful outcomes.</summary>
    public int? SuccessCount { get; init; }

    /// <summary>Neutral outcomes.</summary>
    public int? NeutralCount { get; init; }

    /// <summary>Failed outcomes.</summary>
    public int? FailureCount { get; init; }
}
