using GenesysCloud.Emulator;

namespace CampaignBridge.Benchmarks.Harness;

/// <summary>Starts the emulator with its per-token rate limit raised (see <see cref="EmulatorClients.UnthrottledRateLimitPerMinute"/>).</summary>
internal static class UnthrottledEmulator
{
    public static Task<GenesysCloudEmulator> StartAsync(TimeProvider? timeProvider = null)
    {
        var seed = EmulatorSeed.Default;
        seed.Settings.RateLimitPerMinute = EmulatorClients.UnthrottledRateLimitPerMinute;
        return GenesysCloudEmulator.StartAsync(seed, timeProvider);
    }
}
