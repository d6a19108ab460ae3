using System.Diagnostics;
using System.Globalization;
using CampaignBridge.Benchmarks.Harness;
using CampaignBridge.Functions.Campaigns;

namespace CampaignBridge.Benchmarks.Scenarios;

/// <summary>Scenario 8: GetCampaign function calls through one real container at a fixed concurrency, emulator rate limit raised.</summary>
internal static class LoadScenario
{
    public const string Name = "8 load";

    public static async Task<IReadOnlyList<ScenarioResult>> RunAsync(int calls, int concurrency, TimeSpan latency)
    {
        await using var emulator = await UnthrottledEmulator.StartAsync();
        emulator.Faults.Latency = latency;
        await using var app = AppContainer.Build(AppContainer.Settings(emulator.BaseUrl));

        var times = new double[calls];
        var errors = 0;
        var stopwatch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, calls), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, _) =>
        {
            var started = Stopwatch.GetTimestamp();
            var request = app.Request("GET", $"/api/campaigns/{EmulatorClients.SpringRenewalsCampaignId}");
            var result = await app.Function<GetCampaign>().Run(request, EmulatorClients.SpringRenewalsCampaignId);
            var (status, _) = await AppContainer.ExecuteAsync(request, result);
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (status != 200)
            {
                Interlocked.Increment(ref errors);
            }
        });
        stopwatch.Stop();

        var setup = $"{calls} GetCampaign calls, {concurrency} in flight, {latency.TotalMilliseconds:F0} ms emulator latency";
        return
        [
            new(Name, $"errors ({setup})", errors.ToString(CultureInfo.InvariantCulture), "0", errors == 0),
            new(Name, "p50 latency", $"{Percentiles.Median(times):F2} ms", "-", null),
            new(Name, "p99 latency", $"{Percentiles.Of(times, 99):F2} ms", "-", null),
            new(Name, "throughput", $"{calls / stopwatch.Elapsed.TotalSeconds:F0} calls/s ({stopwatch.Elapsed.TotalSeconds:F2} s)", "-", null),
            new(Name, "token requests", emulator.TokenRequestCount.ToString(CultureInfo.InvariantCulture), "1", emulator.TokenRequestCount == 1),
        ];
    }
}
