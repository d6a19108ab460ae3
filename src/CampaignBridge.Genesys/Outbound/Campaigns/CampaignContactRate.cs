namespace CampaignBridge.Genesys;

/// <summary>Attempts and connects of a campaign (<c>ConnectRate</c>).</summary>
public sealed record CampaignContactRate
{
    /// <summary>Dial attempts.</summary>
    public long? Attempts { get; init; }

    /// <summary>Connected calls.</summary>
    public long? Connects { get; init; }

    /// <summary>Connects per attempt.</summary>
    public double? ConnectRatio { get; init; }
}
