namespace CampaignBridge.Genesys;

/// <summary>
/// Known <see cref="Campaign.CampaignStatus"/> values. Kept as strings so values added by Genesys later
/// (as <c>forced_off</c> was) never break deserialisation.
/// </summary>
public static class CampaignStatuses
{
    /// <summary>Dialing.</summary>
    public const string On = "on";

    /// <summary>Turning off; becomes <see cref="Off"/> when outstanding calls finish.</summary>
    public const string Stopping = "stopping";

    /// <summary>Not dialing.</summary>
    public const string Off = "off";

    /// <summary>All contacts processed.</summary>
    public const string Complete = "complete";

    /// <summary>Misconfigured.</summary>
    public const string Invalid = "invalid";

    /// <summary>Turned off by the system.</summary>
    public const string ForcedOff = "forced_off";

    /// <summary>Being turned off by the system.</summary>
    public const string ForcedStopping = "forced_stopping";
}
