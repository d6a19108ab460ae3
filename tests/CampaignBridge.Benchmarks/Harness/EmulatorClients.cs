namespace CampaignBridge.Benchmarks.Harness;

/// <summary>Fixed ids of the emulator's default seed (common.md).</summary>
internal static class EmulatorClients
{
    public const string LocalClientId = "campaignbridge-local";
    public const string LocalClientSecret = "local-development-secret";
    public const string SpringRenewalsCampaignId = "5d1f7c0a-8b1e-4c1a-9f00-000000000001";
    public const string ContactListId = "7c2e4b1a-3d5f-4e6a-8b9c-000000000001";

    /// <summary>High enough that scenarios measuring throughput never meet the emulator's 300/minute default; each scenario that uses it says so.</summary>
    public const int UnthrottledRateLimitPerMinute = 10_000_000;
}
