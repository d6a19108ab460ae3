namespace Salesforce.Emulator.Tests.Support;

/// <summary>The External Client Apps of the default seed: consumer key and secret.</summary>
internal static class ClientApps
{
    public static readonly (string Key, string Secret) CampaignBridge = ("3MVG9emu.CampaignBridge.Local", "campaignbridge-local-secret");
    public static readonly (string Key, string Secret) NoRunAsUser = ("3MVG9emu.NoRunAsUser", "no-run-as-user-secret");
    public static readonly (string Key, string Secret) FlowDisabled = ("3MVG9emu.FlowDisabled", "flow-disabled-secret");
    public static readonly (string Key, string Secret) RestrictedFields = ("3MVG9emu.RestrictedFields", "restricted-fields-secret");
    public static readonly (string Key, string Secret) ShortSession = ("3MVG9emu.ShortSession", "short-session-secret");
}
