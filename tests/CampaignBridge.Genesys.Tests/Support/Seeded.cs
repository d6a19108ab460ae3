using CampaignBridge.OAuth;
using GenesysCloud.Emulator;

namespace CampaignBridge.Genesys.Tests.Support;

/// <summary>Fixed ids and clients of the emulator's default seed.</summary>
internal static class Seeded
{
    public const string ContactListId = "7c2e4b1a-3d5f-4e6a-8b9c-000000000001";
    public const string SpringRenewals = "5d1f7c0a-8b1e-4c1a-9f00-000000000001"; // preview, off
    public const string WinbackQ4 = "5d1f7c0a-8b1e-4c1a-9f00-000000000002";      // progressive, on
    public const string CustomerSurvey = "5d1f7c0a-8b1e-4c1a-9f00-000000000003"; // agentless, complete
    public const string InternalDncList = "d0c1a2b3-0000-4000-8000-000000000001";
    public const string RegistryDncList = "d0c1a2b3-0000-4000-8000-000000000002";
    public const string UnknownId = "00000000-0000-4000-8000-00000000dead";

    public static readonly ClientCredentials Local = new("campaignbridge-local", "local-development-secret");
    public static readonly ClientCredentials CodeGrant = new("code-grant-client", "code-grant-secret");
    public static readonly ClientCredentials Disabled = new("disabled-client", "disabled-secret");
    public static readonly ClientCredentials ViewOnly = new("view-only-client", "view-only-secret");
    public static readonly ClientCredentials EditNoStart = new("edit-no-start-client", "edit-no-start-secret");
    public static readonly ClientCredentials ShortLived = new("short-lived-client", "short-lived-secret");

    /// <summary>
    /// Turns Winback Q4 off: the default seed runs it over the shared contact list, so Genesys keeps (in use) every
    /// contact a test deletes (§8.2). Tests of plain deletion use this seed.
    /// </summary>
    public static void NoCampaignRunning(EmulatorSeed seed) => seed.Campaigns.Single(c => c.Id == WinbackQ4).CampaignStatus = "off";

    public static readonly IReadOnlyList<string> AllSecrets =
    [
        Local.ClientSecret, CodeGrant.ClientSecret, Disabled.ClientSecret, ViewOnly.ClientSecret, EditNoStart.ClientSecret, ShortLived.ClientSecret,
    ];
}
