using System.Collections.Concurrent;
using System.Text.Json;
using CampaignBridge.Testing;
using CampaignBridge.Testing.Storage;

namespace CampaignBridge.Reliability.Tests.Support;

/// <summary>
/// The assembly-wide record of the reliability run: the figures of every scenario, every log line and HTTP
/// response any host produced, and every secret value that existed (client secrets, issued tokens), for the final
/// secrets scan. Azurite is started on first use and stopped at the end. At the end it writes
/// <c>TestResults/reliability.json</c> under the repository root (or <c>CAMPAIGNBRIDGE_RELIABILITY_RESULTS</c>).
/// </summary>
public sealed class ReliabilityRun : IAsyncDisposable
{
    public const string ResultsVariable = "CAMPAIGNBRIDGE_RELIABILITY_RESULTS";

    private readonly ConcurrentQueue<ScenarioFigures> _figures = new();
    private readonly ConcurrentQueue<CapturingLoggerProvider> _logs = new();
    private readonly ConcurrentQueue<string> _responses = new();
    private readonly ConcurrentDictionary<string, string> _secrets = new(StringComparer.Ordinal);
    private readonly Lazy<Task<AzuriteProcess>> _azurite = new(AzuriteProcess.StartAsync);
    private ScanOutcome? _scan;

    public IReadOnlyList<ScenarioFigures> Figures => [.. _figures];

    public IEnumerable<CapturedLogLine> LogLines => _logs.SelectMany(l => l.Lines);

    public IReadOnlyList<string> Responses => [.. _responses];

    /// <summary>Secret values to look for, with a description that is safe to print.</summary>
    public IReadOnlyDictionary<string, string> Secrets => _secrets;

    public Task<AzuriteProcess> AzuriteAsync() => _azurite.Value;

    public void Record(ScenarioFigures figures) => _figures.Enqueue(figures);

    public void Attach(CapturingLoggerProvider logs) => _logs.Enqueue(logs);

    public void RecordResponse(string response) => _responses.Enqueue(response);

    public void RememberSecret(string value, string description)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _secrets.TryAdd(value, description);
        }
    }

    public void RecordScan(ScanOutcome outcome) => _scan = outcome;

    public async ValueTask DisposeAsync()
    {
        if (_azurite.IsValueCreated)
        {
            await (await _azurite.Value.ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
        }

        var path = Environment.GetEnvironmentVariable(ResultsVariable);
        if (string.IsNullOrWhiteSpace(path))
        {
            path = Path.Combine(RepositoryRoot.Find(), "TestResults", "reliability.json");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var document = new
        {
            writtenAt = DateTimeOffset.UtcNow,
            scenarios = Figures.OrderBy(f => f.Suite, StringComparer.Ordinal).ThenBy(f => f.Scenario, StringComparer.Ordinal),
            secretsScan = _scan,
        };
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }))
            .ConfigureAwait(false);
    }
}
