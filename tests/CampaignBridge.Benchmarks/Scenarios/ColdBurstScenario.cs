using System.Diagnostics;
using System.Globalization;
using CampaignBridge.Benchmarks.Harness;
using CampaignBridge.Genesys;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignBridge.Benchmarks.Scenarios;

/// <summary>Scenario 2: 1000 concurrent first calls on a cold client share exactly one token request.</summary>
internal static class ColdBurstScenario
{
    public const string Name = "2 cold burst";

    public static async Task<IReadOnlyList<ScenarioResult>> RunAsync(int callers)
    {
        await using var emulator = await UnthrottledEmulator.StartAsync();
        await using var services = GenesysClientContainer.Build(emulator.BaseUrl);
        var client = services.GetRequiredService<IGenesysOutboundClient>();

        using var gate = new ManualResetEventSlim(false);
        var stopwatch = Stopwatch.StartNew();
        var calls = Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
        {
            gate.Wait();
            return await client.GetCampaignAsync(EmulatorClients.SpringRenewalsCampaignId, CancellationToken.None);
        })).ToArray();
        gate.Set();
        var campaigns = await Task.WhenAll(calls);
        stopwatch.Stop();

        var succeeded = campaigns.Count(c => c.Id == EmulatorClients.SpringRenewalsCampaignId);
        var tokenRequests = emulator.TokenRequestCount;
        return
        [
            new(Name, $"token requests for {callers} concurrent first GetCampaign calls", tokenRequests.ToString(CultureInfo.InvariantCulture), "exactly 1", tokenRequests == 1),
            new(Name, "calls that succeeded", $"{succeeded}/{callers}", $"{callers}/{callers}", succeeded == callers),
            new(Name, "wall time of the burst", $"{stopwatch.Elapsed.TotalMilliseconds:F0} ms", "-", null),
        ];
    }
}
