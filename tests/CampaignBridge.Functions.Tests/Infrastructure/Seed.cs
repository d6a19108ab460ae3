using GenesysCloud.Emulator;

namespace CampaignBridge.Functions.Tests.Infrastructure;

/// <summary>Fixed ids of the emulator's default seed (tests/GenesysCloud.Emulator/seed.default.json).</summary>
public static class Seed
{
    /// <summary>"Spring Renewals", preview, off.</summary>
    public const string SpringRenewals = "5d1f7c0a-8b1e-4c1a-9f00-000000000001";

    /// <summary>"Winback Q4", progressive, on.</summary>
    public const string WinbackQ4 = "5d1f7c0a-8b1e-4c1a-9f00-000000000002";

    /// <summary>"Customer Survey", agentless, complete.</summary>
    public const string CustomerSurvey = "5d1f7c0a-8b1e-4c1a-9f00-000000000003";

    /// <summary>"Salesforce Leads": FirstName, LastName, Phone (home), MobilePhone (cell), Email, AccountId.</summary>
    public const string SalesforceLeads = "7c2e4b1a-3d5f-4e6a-8b9c-000000000001";

    /// <summary>"Internal DNC" (rds).</summary>
    public const string InternalDnc = "d0c1a2b3-0000-4000-8000-000000000001";

    /// <summary>"DNC.com Registry" (dnc.com, not writable).</summary>
    public const string DncComRegistry = "d0c1a2b3-0000-4000-8000-000000000002";

    /// <summary>
    /// The default seed with Winback Q4 off: it runs over the shared list, so Genesys keeps (in use) every contact deleted
    /// from it (reference §8.2). Tests of plain removal start from this seed.
    /// </summary>
    public static EmulatorSeed NoCampaignRunning()
    {
        var seed = EmulatorSeed.Default;
        seed.Campaigns.Single(c => c.Id == WinbackQ4).CampaignStatus = "off";
        return seed;
    }

    /// <summary>A well-formed id no seed entity has.</summary>
    public const string UnknownId = "0f0e0d0c-0b0a-4909-8807-060504030201";
}
