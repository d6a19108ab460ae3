using CampaignBridge.OAuth;
using Emulators.Hosting;
using GenesysCloud.Emulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CampaignBridge.Genesys.Tests.Support;

/// <summary>
/// The emulator on loopback plus the real container built by <see cref="GenesysServiceCollectionExtensions.AddGenesysCloud"/>,
/// sharing one <see cref="FakeTimeProvider"/>, with every log line (Trace and up) collected.
/// </summary>
internal sealed class GenesysHarness : IAsyncDisposable
{
    /// <summary>Where the fake clock starts (any fixed instant will do).</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    private GenesysHarness(GenesysCloudEmulator emulator, ServiceProvider services, FakeTimeProvider time, TestCredentialSource credentials)
    {
        Emulator = emulator;
        _services = services;
        Time = time;
        Credentials = credentials;
    }

    public GenesysCloudEmulator Emulator { get; }

    public FakeTimeProvider Time { get; }

    public TestCredentialSource Credentials { get; }

    public IServiceProvider Services => _services;

    public IGenesysOutboundClient Client => _services.GetRequiredService<IGenesysOutboundClient>();

    public IGenesysTokenProvider Tokens => _services.GetRequiredService<IGenesysTokenProvider>();

    public FakeLogCollector Logs => _services.GetFakeLogCollector();

    public static async Task<GenesysHarness> StartAsync(
        ClientCredentials? credentials = null,
        Action<EmulatorSeed>? seed = null,
        Action<GenesysClientOptions>? options = null,
        Action<IServiceCollection>? services = null)
    {
        var time = new FakeTimeProvider(Start);
        var emulatorSeed = EmulatorSeed.Default;
        seed?.Invoke(emulatorSeed);
        var emulator = await GenesysCloudEmulator.StartAsync(emulatorSeed, time, TestContext.Current.CancellationToken);
        var source = new TestCredentialSource(credentials ?? Seeded.Local);

        var collection = new ServiceCollection();
        collection.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        collection.AddSingleton(time);
        collection.AddSingleton<TimeProvider>(time);
        collection.AddSingleton<IGenesysCredentialSource>(source);
        collection.AddGenesysCloud(o =>
        {
            o.ApiBaseUrl = emulator.BaseUrl;
            o.LoginBaseUrl = emulator.BaseUrl;
            options?.Invoke(o);
        });
        services?.Invoke(collection);
        var provider = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new GenesysHarness(emulator, provider, time, source);
    }

    /// <summary>API requests recorded by the emulator (token requests excluded).</summary>
    public IReadOnlyList<RecordedRequest> ApiRequests
        => Emulator.Requests.Where(r => r.Path.StartsWith("/api/", StringComparison.Ordinal)).ToList();

    /// <summary>
    /// Gets the first token now, a real round trip, so that a test which then moves the fake clock does not push this
    /// request into the 10 s token timeout on a slow machine.
    /// </summary>
    public Task WarmTokenAsync() => Tokens.GetAccessTokenAsync(TestContext.Current.CancellationToken);

    /// <summary>
    /// Awaits <paramref name="operation"/> while moving the fake clock forward in <paramref name="step"/>s, at most
    /// <paramref name="advanceAtMost"/> in total, so retry delays and Retry-After waits elapse without real waiting.
    /// Real HTTP round trips take real time meanwhile; the cap keeps a slow machine from pushing the fake clock into
    /// timeouts the test did not ask for. Bounded in steps and real time.
    /// </summary>
    public async Task<T> AdvanceUntilDoneAsync<T>(Task<T> operation, TimeSpan step, TimeSpan advanceAtMost, int maxPolls = 1000)
    {
        var advanced = TimeSpan.Zero;
        for (var i = 0; i < maxPolls && !operation.IsCompleted; i++)
        {
            await Task.WhenAny(operation, Task.Delay(TimeSpan.FromMilliseconds(10), TestContext.Current.CancellationToken));
            if (!operation.IsCompleted && advanced < advanceAtMost)
            {
                Time.Advance(step);
                advanced += step;
            }
        }

        operation.IsCompleted.ShouldBeTrue($"the operation did not finish after moving the clock {advanced} in steps of {step}");
        return await operation;
    }

    /// <summary>Attempt and total time limits far beyond any clock movement of a test that is about retries, not timeouts.</summary>
    public static void Patient(GenesysClientOptions options)
    {
        options.AttemptTimeout = TimeSpan.FromMinutes(1);
        options.TotalTimeout = TimeSpan.FromMinutes(2);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}
