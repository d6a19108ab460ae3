namespace GenesysCloud.Emulator;

/// <summary>Genesys <c>campaignStatus</c> values.</summary>
internal static class CampaignStatuses
{
    public const string On = "on";
    public const string Stopping = "stopping";
    public const string Off = "off";
    public const string Complete = "complete";
    public const string Invalid = "invalid";
    public const string ForcedOff = "forced_off";
    public const string ForcedStopping = "forced_stopping";

    public static readonly IReadOnlyList<string> All = [On, Stopping, Off, Complete, Invalid, ForcedOff, ForcedStopping];
}
