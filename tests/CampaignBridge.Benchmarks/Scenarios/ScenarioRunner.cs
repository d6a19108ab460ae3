using System.Globalization;
using System.Text;
using BenchmarkDotNet.Reports;
using CampaignBridge.Benchmarks.Scenarios.CallResults;

namespace CampaignBridge.Benchmarks.Scenarios;

/// <summary>Runs the Stopwatch-measured scenarios of perf.md one after another and prints one table of what was measured.</summary>
internal static class ScenarioRunner
{
    public static readonly string[] All = ["cold-burst", "original-pattern", "forwarding", "contact-sync", "startup", "load", "outbound-size", "cold-start", "campaign-round-trips", "call-results"];

    /// <summary>What <c>--quick</c> runs without names: all but the call-results scenario, which takes several minutes on its own.</summary>
    public static readonly string[] Quick = [.. All.Where(name => name != "call-results")];

    public static async Task<List<ScenarioResult>> RunAsync(IReadOnlyCollection<string> selected)
    {
        var results = new List<ScenarioResult>();
        foreach (var name in All.Where(selected.Contains))
        {
            Console.WriteLine($"== scenario {name} ({DateTime.UtcNow:HH:mm:ss} UTC)");
            IReadOnlyList<ScenarioResult> measured;
            try
            {
                measured = await RunOneAsync(name);
            }
            catch (Exception failure)
            {
                // One scenario that throws (a loaded machine timing out, a bug) must not lose the figures of the others.
                Console.Error.WriteLine($"Scenario {name} failed: {failure}");
                measured = [new(name, "scenario failed with an exception", $"{failure.GetType().Name}: {failure.Message}", "completes", false)];
            }

            foreach (var result in measured)
            {
                Console.WriteLine($"   {result.Figure}: {result.Measured}");
            }

            results.AddRange(measured);
        }

        return results;
    }

    private static async Task<IReadOnlyList<ScenarioResult>> RunOneAsync(string name)
        => name switch
        {
            "cold-burst" => await ColdBurstScenario.RunAsync(callers: 1000),
            "original-pattern" => [
                .. await OriginalPatternScenario.RunAsync(operations: 1000, concurrency: 20, latency: TimeSpan.FromMilliseconds(20)),
                .. await OriginalPatternScenario.RunAsync(operations: 200, concurrency: 1, latency: TimeSpan.FromMilliseconds(20)),
            ],
            "forwarding" => [
                .. await ForwardingOverheadScenario.RunAsync(calls: 2000, warmup: 300, latency: TimeSpan.Zero),
                .. await ForwardingOverheadScenario.RunAsync(calls: 200, warmup: 20, latency: TimeSpan.FromMilliseconds(20)),
            ],
            "contact-sync" => [
                .. await ContactSyncScenario.RunOutOfProcessAsync(contacts: 100_000, maxMessagesPerTick: 32, maxTicks: 40),
                .. await ContactSyncScenario.RunOutOfProcessAsync(contacts: 100_000, maxMessagesPerTick: null, maxTicks: 10),
                .. await ContactSyncScenario.RunAsync(contacts: 100_000, rateLimitPerMinute: 20, maxMessagesPerTick: null, tickInterval: TimeSpan.FromSeconds(30), maxTicks: 12),
                .. await ContactSyncScenario.RunAsync(contacts: 100_000, rateLimitPerMinute: 20, maxMessagesPerTick: null, tickInterval: TimeSpan.Zero, maxTicks: 60),
            ],
            "startup" => await StartupScenario.RunAsync(samples: 5),
            "load" => await LoadScenario.RunAsync(calls: 10_000, concurrency: 200, latency: TimeSpan.Zero),
            "outbound-size" => await OutboundMessageSizeScenario.RunAsync(),
            "cold-start" => await ColdStartScenario.RunAsync(samples: 5, ScenarioOptions.AppDirectory, ScenarioOptions.ControlDirectory),
            "campaign-round-trips" => await CampaignRoundTripScenario.RunAsync(),
            "call-results" => await CallResultsScenario.RunAsync(ScenarioOptions.CallResultsContacts, ScenarioOptions.SteadyContacts),
            _ => throw new InvalidOperationException($"Unknown scenario {name}."),
        };

    /// <summary>Rows for the BenchmarkDotNet benchmarks (scenarios 1 and 6) from their summaries.</summary>
    public static IEnumerable<ScenarioResult> FromSummaries(IEnumerable<Summary> summaries)
    {
        foreach (var report in summaries.SelectMany(s => s.Reports))
        {
            if (report.ResultStatistics is not { } statistics)
            {
                continue;
            }

            var type = report.BenchmarkCase.Descriptor.Type.Name;
            var method = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
            var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
            var (scenario, target, met) = type switch
            {
                "CachedTokenBenchmarks" => ("1 cached token", "< 100 ns, 0 B", (bool?)(statistics.Median < 100 && allocated == 0)),
                "OutboundMessageParsingBenchmarks" when method == "ParseAndMap" => ("6 outbound message", "< 1 ms median", statistics.Median < 1_000_000),
                "OutboundMessageParsingBenchmarks" => ("6 outbound message", "-", null),
                _ => (type, "-", null),
            };
            yield return new ScenarioResult(
                scenario,
                $"{type}.{method} median / allocated per op",
                string.Create(CultureInfo.InvariantCulture, $"{Format(statistics.Median)} / {allocated?.ToString(CultureInfo.InvariantCulture) ?? "?"} B"),
                target,
                met);
        }
    }

    public static string Table(IEnumerable<ScenarioResult> results)
    {
        var table = new StringBuilder();
        table.AppendLine("| scenario | figure | measured | target | met |");
        table.AppendLine("|---|---|---|---|---|");
        foreach (var r in results)
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"| {r.Scenario} | {r.Figure} | {r.Measured} | {r.Target} | {r.Met switch { true => "yes", false => "NO", null => "-" }} |");
        }

        return table.ToString();
    }

    private static string Format(double nanoseconds) => nanoseconds switch
    {
        < 1_000 => $"{nanoseconds:F1} ns",
        < 1_000_000 => $"{nanoseconds / 1_000:F1} µs",
        _ => $"{nanoseconds / 1_000_000:F2} ms",
    };
}
