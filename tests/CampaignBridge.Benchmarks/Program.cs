using System.Globalization;
using BenchmarkDotNet.Running;
using CampaignBridge.Benchmarks.Scenarios;

// dotnet run -c Release --project tests/CampaignBridge.Benchmarks -- --quick          scenarios + BenchmarkDotNet (short job, in process)
// dotnet run -c Release --project tests/CampaignBridge.Benchmarks -- --scenarios [names]  scenarios only (names: see ScenarioRunner.All)
// dotnet run -c Release --project tests/CampaignBridge.Benchmarks -- --filter '*X*'       BenchmarkDotNet classes (any BenchmarkDotNet arguments)
// dotnet run -c Release --project tests/CampaignBridge.Benchmarks -- --scenarios cold-start [--app <folder> --control <folder>]
// dotnet run -c Release --project tests/CampaignBridge.Benchmarks -- --scenarios call-results [--contacts <n>] [--steady-contacts <n>]   (not part of --quick)
if (args is [StartupScenario.ProbeArgument, var emulatorUrl])
{
    return await StartupScenario.ProbeAsync(new Uri(emulatorUrl));
}

if (args.Length > 0 && args[0] is "--quick" or "--scenarios")
{
    var quick = args[0] == "--quick";
    var names = ScenarioOptions.Take(args.Skip(1).ToArray());
    var selected = names.Length > 0 ? names : quick ? ScenarioRunner.Quick : ScenarioRunner.All;
    var unknown = selected.Except(ScenarioRunner.All).ToArray();
    if (unknown.Length > 0)
    {
        Console.Error.WriteLine($"Unknown scenario(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", ScenarioRunner.All)}.");
        return 2;
    }

    var started = DateTime.UtcNow;
    var results = await ScenarioRunner.RunAsync(selected);
    if (quick)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(ScenarioRunner).Assembly)
            .Run(["--filter", "*CachedToken*", "*OutboundMessageParsing*", "--job", "short", "--inProcess"]);
        results.AddRange(ScenarioRunner.FromSummaries(summaries));
    }

    var table = ScenarioRunner.Table(results);
    Console.WriteLine();
    Console.WriteLine($"CampaignBridge performance scenarios, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {started:yyyy-MM-dd HH:mm} UTC, {(DateTime.UtcNow - started).TotalSeconds:F0} s");
    Console.WriteLine(table);
    var output = Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts", "results");
    Directory.CreateDirectory(output);
    var file = Path.Combine(output, $"scenarios-{started.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}.md");
    await File.WriteAllTextAsync(file, table);
    Console.WriteLine($"Table written to {file}");
    return results.Any(r => r.Met == false) ? 1 : 0;
}

BenchmarkSwitcher.FromAssembly(typeof(ScenarioRunner).Assembly).Run(args);
return 0;
