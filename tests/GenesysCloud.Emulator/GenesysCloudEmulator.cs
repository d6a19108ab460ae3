using Emulators.Hosting;

namespace GenesysCloud.Emulator;

/// <summary>
/// A Genesys Cloud emulator running in-process on 127.0.0.1 (random port). <see cref="BaseUrl"/> serves both
/// <c>/oauth/token</c> and <c>/api/v2/**</c>; <c>/__emulator/**</c> are the admin endpoints.
/// </summary>
public sealed class GenesysCloudEmulator : IAsyncDisposable
{
    /// <summary>Where the standalone emulator listens without <c>--urls</c>.</summary>
    public const string DefaultStandaloneUrl = "http://127.0.0.1:5080";

    private readonly LoopbackEmulatorHost host;
    private readonly EmulatorState state;

    private GenesysCloudEmulator(LoopbackEmulatorHost host, EmulatorState state)
    {
        this.host = host;
        this.state = state;
        Dialer = new EmulatedDialer(state);
    }

    /// <summary>How long disposal waits for requests still in flight (e.g. held by a latency fault).</summary>
    public static TimeSpan ShutdownTimeout => LoopbackEmulatorHost.ShutdownTimeout;

    /// <summary><c>http://127.0.0.1:&lt;port&gt;/</c>.</summary>
    public Uri BaseUrl => host.BaseUrl;

    /// <summary>Requests answered so far (admin endpoints excluded), in arrival order of their answers.</summary>
    public IReadOnlyList<RecordedRequest> Requests => state.Recorder.Snapshot();

    /// <summary><c>POST /oauth/token</c> requests received (including failed and faulted ones).</summary>
    public int TokenRequestCount => state.OAuth.TokenRequestCount;

    /// <summary>Every token issued, in order.</summary>
    public IReadOnlyList<IssuedToken> IssuedTokens => state.OAuth.IssuedTokens;

    /// <summary>Fault injection (same model as <c>/__emulator/faults</c>, <c>/latency</c>, <c>/token-outage</c>).</summary>
    public GenesysFaults Faults => state.Faults;

    /// <summary>Settings in effect (from the seed).</summary>
    public EmulatorSettings Settings => state.Settings;

    /// <summary>The dialer: attempts placed, DNC skips, each campaign's queue; reads catch up with the clock first.</summary>
    public EmulatedDialer Dialer { get; }

    /// <summary>The clock everything runs on (the <c>timeProvider</c> given to <see cref="StartAsync"/>).</summary>
    public TimeProvider Time => state.Time;

    /// <summary>Starts an emulator with <paramref name="seed"/> (default: <see cref="EmulatorSeed.Default"/>).</summary>
    /// <param name="seed">Organization to emulate; copied, so later changes to it have no effect.</param>
    /// <param name="timeProvider">Clock for token expiry, rate-limit windows, the stopping delay and the dialer (default: system
    /// clock). With a <c>FakeTimeProvider</c> nothing happens until the test advances it; an <see cref="ScaledClock"/>
    /// can also be advanced through <c>POST /__emulator/clock</c>.</param>
    /// <param name="ct">Cancels the start.</param>
    public static async Task<GenesysCloudEmulator> StartAsync(EmulatorSeed? seed = null, TimeProvider? timeProvider = null, CancellationToken ct = default)
    {
        var state = new EmulatorState(seed ?? EmulatorSeed.Default, timeProvider ?? TimeProvider.System);
        var host = await LoopbackEmulatorHost.StartAsync(
            typeof(GenesysCloudEmulator).Assembly.GetName().Name!,
            builder => EmulatorApplication.Build(builder, state),
            ct);
        return new GenesysCloudEmulator(host, state);
    }

    /// <summary>Contacts currently in a contact list with their system columns (empty for an unknown list).</summary>
    public IReadOnlyDictionary<string, EmulatedContact> ContactsIn(string contactListId)
    {
        using var sync = state.Synchronize(out _);
        return state.FindContactList(contactListId) is { } list
            ? list.Contacts.ToDictionary(c => c.Key, c => c.Value.Snapshot(), StringComparer.Ordinal)
            : new Dictionary<string, EmulatedContact>();
    }

    /// <summary>Numbers in a DNC list with their expiry (null = none); empty for an unknown list.</summary>
    public IReadOnlyDictionary<string, DateTimeOffset?> DncNumbersIn(string dncListId)
    {
        using var sync = state.Synchronize(out _);
        return state.FindDncList(dncListId) is { } list
            ? new Dictionary<string, DateTimeOffset?>(list.Numbers, StringComparer.Ordinal)
            : new Dictionary<string, DateTimeOffset?>();
    }

    /// <summary>Disables an OAuth client: new tokens are refused and its issued tokens stop working.</summary>
    public void DisableClient(string clientId) => RequireClient(state.OAuth.Disable(clientId), clientId);

    /// <summary>Re-enables an OAuth client (tokens invalidated by disabling stay invalid).</summary>
    public void EnableClient(string clientId) => RequireClient(state.OAuth.Enable(clientId), clientId);

    /// <summary>Replaces a client's secret; the old secret stops working, issued tokens stay valid.</summary>
    public void RotateClientSecret(string clientId, string newSecret) => RequireClient(state.OAuth.RotateSecret(clientId, newSecret), clientId);

    /// <summary>State back to the seed; faults, tokens, rate windows and recordings cleared.</summary>
    public void Reset() => state.Reset();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => host.DisposeAsync();

    private static void RequireClient(bool found, string clientId)
    {
        if (!found)
        {
            throw new ArgumentException($"Unknown OAuth client {clientId}.", nameof(clientId));
        }
    }
}
