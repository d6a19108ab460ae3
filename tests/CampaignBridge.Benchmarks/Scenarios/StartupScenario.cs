using System.Diagnostics;
using System.Globalization;
using CampaignBridge.Benchmarks.Harness;
using CampaignBridge.Functions.Campaigns;

namespace CampaignBridge.Benchmarks.Scenarios;

/// <summary>
/// Scenario 7: building the container with AddCampaignBridge and serving the first GetCampaign. Each sample is a new
/// process (<c>--startup-probe &lt;emulator url&gt;</c>), so JIT and type loading are cold as on a fresh instance; the
/// probe reports the time from its Main to the first response, the parent also the process's whole wall time.
/// </summary>
internal static class StartupScenario
{
    public const string Name = "7 start-up";
    public const string ProbeArgument = "--startup-probe";
    private const string ResultPrefix = "startup-ms:";

    public static async Task<IReadOnlyList<ScenarioResult>> RunAsync(int samples)
    {
        await using var emulator = await UnthrottledEmulator.StartAsync();
        var inProcess = new List<double>();
        var wall = new List<double>();
        for (var i = 0; i < samples; i++)
        {
            var start = new ProcessStartInfo(DotnetHost.Path) { RedirectStandardOutput = true, UseShellExecute = false };
            start.ArgumentList.Add(typeof(StartupScenario).Assembly.Location);
            start.ArgumentList.Add(ProbeArgument);
            start.ArgumentList.Add(emulator.BaseUrl.ToString());
            var stopwatch = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new InvalidOperationException("The start-up probe did not start.");
            var output = await process.StandardOutput.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);
            wall.Add(stopwatch.Elapsed.TotalMilliseconds);
            var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(ResultPrefix, StringComparison.Ordinal))
                ?? throw new InvalidOperationException($"The start-up probe failed: {output}");
            inProcess.Add(double.Parse(line[ResultPrefix.Length..], CultureInfo.InvariantCulture));
        }

        return
        [
            new(Name, $"median Main -> container built -> first GetCampaign answered ({samples} fresh processes)", $"{Percentiles.Median(inProcess):F0} ms", "-", null),
            new(Name, "median process wall time incl. runtime start and exit", $"{Percentiles.Median(wall):F0} ms", "-", null),
        ];
    }

    /// <summary>Runs inside the child process.</summary>
    public static async Task<int> ProbeAsync(Uri emulator)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var app = AppContainer.Build(AppContainer.Settings(emulator));
        var request = app.Request("GET", $"/api/campaigns/{EmulatorClients.SpringRenewalsCampaignId}");
        var result = await app.Function<GetCampaign>().Run(request, EmulatorClients.SpringRenewalsCampaignId);
        var (status, _) = await AppContainer.ExecuteAsync(request, result);
        stopwatch.Stop();
        if (status != 200)
        {
            await Console.Error.WriteLineAsync($"first request answered {status}");
            return 1;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ResultPrefix}{stopwatch.Elapsed.TotalMilliseconds:F1}"));
        return 0;
    }
}
