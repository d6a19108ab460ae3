namespace CampaignBridge.Genesys;

/// <summary>Outbound line usage of a campaign.</summary>
public sealed record CampaignLinesUtilization
{
    /// <summary>Lines assigned to the campaign.</summary>
    public int? AssignedOutboundLines { get; init; }

    /// <summary>Lines available.</summary>
    public int? TotalAvailableOutboundLines { get; init; }
}
