using System.Diagnostics;
using System.Reflection;
using CampaignBridge.Benchmarks.Harness;
using CampaignBridge.Testing;
using Functions.TestHost;

namespace CampaignBridge.Benchmarks.Scenarios;

/// <summary>
/// Scenario 9: cold start of the real process under the test host (tests/Functions.TestHost), as the Functions host
/// starts it: launch -> every function loaded -> first answer (<c>GET /api/health</c> through the host and the worker's
/// ASP.NET Core pipeline), for CampaignBridge (the README's sample settings) and for the control, a minimal isolated-
/// worker app with one HTTP function built the same way (tests/CampaignBridge.ColdStartControl). The two alternate, a
/// warm-up round of each is discarded (it pays for the host's own JIT), and the medians are compared. Both apps are
/// the build output of the benchmark's configuration, or the folders named by <c>--app</c> and <c>--control</c>
/// (e.g. ReadyToRun publish output).
/// </summary>
internal static class ColdStartScenario
{
    public const string Name = "9 cold start";

    /// <summary>The target: CampaignBridge's first answer within 1.3x of the control's.</summary>
    public const double TargetRatio = 1.3;

    public static async Task<IReadOnlyList<ScenarioResult>> RunAsync(int samples, string? appDirectory = null, string? controlDirectory = null)
    {
        var app = new Candidate("CampaignBridge", appDirectory ?? BuildOutput("CampaignBridgeAppDirectory"), Path.Combine(RepositoryRoot.Find(), "local.settings.sample.json"));
        var control = new Candidate("control", controlDirectory ?? BuildOutput("ControlAppDirectory"), null);
        await MeasureAsync(control);
        await MeasureAsync(app);
        for (var i = 0; i < samples; i++)
        {
            control.Add(await MeasureAsync(control));
            app.Add(await MeasureAsync(app));
        }

        var ratio = Percentiles.Median(app.FirstAnswer) / Percentiles.Median(control.FirstAnswer);
        return
        [
            new(Name, $"control: launch -> functions loaded / first answer (median of {samples})", $"{Percentiles.Median(control.Loaded):F0} / {Percentiles.Median(control.FirstAnswer):F0} ms", "-", null),
            new(Name, $"CampaignBridge: launch -> functions loaded / first answer (median of {samples})", $"{Percentiles.Median(app.Loaded):F0} / {Percentiles.Median(app.FirstAnswer):F0} ms", "-", null),
            new(Name, "CampaignBridge / control, launch -> functions loaded", $"{Percentiles.Median(app.Loaded) / Percentiles.Median(control.Loaded):F2}x", "-", null),
            new(Name, "CampaignBridge / control, launch -> first answer", $"{ratio:F2}x", $"<= {TargetRatio}x", ratio <= TargetRatio),
        ];
    }

    private static async Task<(double Loaded, double FirstAnswer)> MeasureAsync(Candidate candidate)
    {
        await using var host = await FunctionsTestHost.StartAsync(new FunctionsTestHostOptions
        {
            AppDirectory = candidate.Directory,
            LocalSettingsPath = candidate.LocalSettings,
        });
        using var client = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        using var response = await client.GetAsync(new Uri("api/health", UriKind.Relative));
        await response.Content.ReadAsStringAsync();
        var firstAnswer = Stopwatch.GetElapsedTime(host.LaunchedAt).TotalMilliseconds;
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{candidate.Name}: GET /api/health answered {(int)response.StatusCode}:{Environment.NewLine}{string.Join(Environment.NewLine, host.Log.Lines)}");
        }
        return (host.Timings.FunctionsLoaded.TotalMilliseconds, firstAnswer);
    }

    private static string BuildOutput(string key) => typeof(ColdStartScenario).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    private sealed class Candidate(string name, string directory, string? localSettings)
    {
        public string Name { get; } = name;

        public string Directory { get; } = directory;

        public string? LocalSettings { get; } = localSettings;

        public List<double> Loaded { get; } = [];

        public List<double> FirstAnswer { get; } = [];

        public void Add((double Loaded, double FirstAnswer) sample)
        {
            Loaded.Add(sample.Loaded);
            FirstAnswer.Add(sample.FirstAnswer);
            Console.WriteLine($"   {Name}: loaded {sample.Loaded:F0} ms, first answer {sample.FirstAnswer:F0} ms");
        }
    }
}
