using CampaignBridge.Testing.Storage;
using Functions.TestHost;
using GenesysCloud.Emulator;
using Salesforce.Emulator;

namespace CampaignBridge.Host.Tests.Support;

/// <summary>
/// The run every test of this assembly shares: a private Azurite, the Genesys and Salesforce emulators in process, and
/// the compiled app started once under <see cref="FunctionsTestHost"/> with the README's local settings
/// (local.settings.sample.json) pointed at them. The log of the whole run is scanned by the last test.
/// </summary>
public sealed class CampaignBridgeProcess : IAsyncLifetime
{
    private AzuriteProcess? _azurite;
    private GenesysCloudEmulator? _emulator;
    private SalesforceEmulator? _salesforce;
    private FunctionsTestHost? _host;
    private HttpClient? _client;
    private readonly System.Collections.Concurrent.ConcurrentQueue<HostAnswer> _answers = new();

    public FunctionsTestHost Host => _host ?? throw new InvalidOperationException("The app is not started.");

    public GenesysCloudEmulator Emulator => _emulator ?? throw new InvalidOperationException("The emulator is not started.");

    public SalesforceEmulator Salesforce => _salesforce ?? throw new InvalidOperationException("The Salesforce emulator is not started.");

    public AzuriteProcess Azurite => _azurite ?? throw new InvalidOperationException("Azurite is not started.");

    /// <summary>A client for the host's HTTP side (no timeout of its own: each test passes a token).</summary>
    public HttpClient Client => _client ?? throw new InvalidOperationException("The app is not started.");

    /// <summary>Every answer <see cref="SendAsync"/> received, for the final log scan.</summary>
    public IReadOnlyList<HostAnswer> Answers => [.. _answers];

    /// <summary>Sends <paramref name="request"/> to the host, reads the whole answer and records it.</summary>
    public async Task<HostAnswer> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await Client.SendAsync(request, cancellationToken);
        var answer = await HostAnswer.ReadAsync(response, cancellationToken);
        _answers.Enqueue(answer);
        return answer;
    }

    /// <summary>Stops Azurite (SIGSTOP) until the result is disposed (SIGCONT), so that storage calls hang.</summary>
    public IDisposable PauseStorage() => new ProcessPause(Azurite.ProcessId ?? throw new InvalidOperationException("This run attached to an Azurite it did not start; it cannot pause it."));

    public async ValueTask InitializeAsync()
    {
        _azurite = await AzuriteProcess.StartAsync();
        _emulator = await GenesysCloudEmulator.StartAsync();
        _salesforce = await SalesforceEmulator.StartAsync();
        _host = await FunctionsTestHost.StartAsync(AppSettings.Options(_emulator.BaseUrl, _azurite.ConnectionString,
            new Dictionary<string, string?> { ["Salesforce__InstanceUrl"] = _salesforce.BaseUrl.ToString().TrimEnd('/') }));
        _client = new HttpClient { BaseAddress = _host.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
    }

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }

        if (_salesforce is not null)
        {
            await _salesforce.DisposeAsync();
        }

        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
