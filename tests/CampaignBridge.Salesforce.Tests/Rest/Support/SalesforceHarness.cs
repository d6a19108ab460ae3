using CampaignBridge.OAuth;
using Emulators.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Salesforce.Emulator;

namespace CampaignBridge.Salesforce.Tests.Rest.Support;

/// <summary>
/// The Salesforce emulator on loopback plus the real container built by
/// <see cref="SalesforceRestServiceCollectionExtensions.AddSalesforceRest"/>, sharing one <see cref="FakeTimeProvider"/>,
/// with every log line (Trace and up) collected.
/// </summary>
internal sealed class SalesforceHarness : IAsyncDisposable
{
    /// <summary>Where the fake clock starts (any fixed instant will do).</summary>
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    private SalesforceHarness(SalesforceEmulator org, ServiceProvider services, FakeTimeProvider time, TestCredentialSource credentials)
    {
        Org = org;
        _services = services;
        Time = time;
        Credentials = credentials;
    }

    public SalesforceEmulator Org { get; }

    public FakeTimeProvider Time { get; }

    public TestCredentialSource Credentials { get; }

    public IServiceProvider Services => _services;

    public ISalesforceClient Client => _services.GetRequiredService<ISalesforceClient>();

    public ISalesforceTokenProvider Tokens => _services.GetRequiredService<ISalesforceTokenProvider>();

    public FakeLogCollector Logs => _services.GetFakeLogCollector();

    /// <summary>REST requests the emulator answered (token requests and the versions list excluded).</summary>
    public IReadOnlyList<RecordedRequest> ApiRequests
        => [.. Org.Requests.Where(r => r.Path.StartsWith(SalesforceFaults.RestPathPrefix, StringComparison.Ordinal))];

    public static async Task<SalesforceHarness> StartAsync(
        ClientCredentials? credentials = null,
        SalesforceSeed? seed = null,
        Action<SalesforceClientOptions>? options = null)
    {
        var time = new FakeTimeProvider(Start);
        var org = await SalesforceEmulator.StartAsync(seed, time, TestContext.Current.CancellationToken);
        var source = new TestCredentialSource(credentials ?? SeededOrg.CampaignBridge);

        var collection = new ServiceCollection();
        collection.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        collection.AddSingleton<TimeProvider>(time);
        collection.AddSingleton<ISalesforceCredentialSource>(source);
        collection.AddSalesforceRest(o =>
        {
            o.InstanceUrl = org.BaseUrl;
            options?.Invoke(o);
        });
        var provider = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new SalesforceHarness(org, provider, time, source);
    }

    /// <summary>A seed of the default org with changed settings.</summary>
    public static SalesforceSeed Seed(Action<SalesforceSettings> change)
    {
        var seed = SalesforceSeed.Default;
        change(seed.Settings);
        return seed;
    }

    /// <summary>Gets the first token now, so a test that then moves the fake clock does not push it into the token timeout.</summary>
    public Task WarmTokenAsync() => Tokens.GetAccessTokenAsync(TestContext.Current.CancellationToken);

    /// <summary>
    /// Awaits <paramref name="operation"/> while moving the fake clock forward in <paramref name="step"/>s, at most
    /// <paramref name="advanceAtMost"/> in total, so retry delays elapse without real waiting. Bounded in steps and real time.
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

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Org.DisposeAsync();
    }
}
