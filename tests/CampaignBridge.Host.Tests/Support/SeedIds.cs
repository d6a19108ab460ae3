namespace CampaignBridge.Host.Tests.Support;

/// <summary>Ids of the emulator's default seed (tests/GenesysCloud.Emulator/seed.default.json) that the cases use.</summary>
public static class SeedIds
{
    public const string SpringRenewals = "5d1f7c0a-8b1e-4c1a-9f00-000000000001";

    public const string WinbackQ4 = "5d1f7c0a-8b1e-4c1a-9f00-000000000002";

    /// <summary>"Salesforce Leads", the list of the sample Outbound Message mapping.</summary>
    public const string SalesforceLeads = "7c2e4b1a-3d5f-4e6a-8b9c-000000000001";

    /// <summary>"Internal DNC" (rds, writable).</summary>
    public const string InternalDnc = "d0c1a2b3-0000-4000-8000-000000000001";

    /// <summary>A Salesforce Lead id (15 characters).</summary>
    public const string LeadId = "00Q5g00000AbCdE";
}
