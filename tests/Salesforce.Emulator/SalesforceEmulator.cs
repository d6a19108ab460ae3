using Emulators.Hosting;

namespace Salesforce.Emulator;

/// <summary>
/// A Salesforce org emulator running in-process on 127.0.0.1 (random port). <see cref="BaseUrl"/> plays the org's
/// My Domain: <c>/services/oauth2/token</c> and <c>/services/data/**</c>; <c>/__emulator/**</c> are the admin endpoints.
/// Behaviour follows salesforce-rest-api.md; UNCONFIRMED points are <see cref="SalesforceSettings"/>.
/// </summary>
public sealed class SalesforceEmulator : IAsyncDisposable
{
    /// <summary>Where the standalone emulator listens without <c>--urls</c>.</summary>
    public const string DefaultStandaloneUrl = "http://127.0.0.1:5090";

    private readonly LoopbackEmulatorHost host;
    private readonly SalesforceState state;

    private SalesforceEmulator(LoopbackEmulatorHost host, SalesforceState state)
    {
        this.host = host;
        this.state = state;
    }

    /// <summary><c>http://127.0.0.1:&lt;port&gt;/</c>: the My Domain origin (token endpoint and <c>instance_url</c>).</summary>
    public Uri BaseUrl => host.BaseUrl;

    /// <summary>18-character id of the emulated org.</summary>
    public string OrganizationId => state.OrganizationId;

    /// <summary>Requests answered so far (admin endpoints excluded), with Authorization and secrets already redacted.</summary>
    public IReadOnlyList<RecordedRequest> Requests => state.Recorder.Snapshot();

    /// <summary><c>POST /services/oauth2/token</c> requests received (failed and faulted ones included).</summary>
    public int TokenRequestCount => state.Sessions.TokenRequestCount;

    /// <summary>Sessions issued, in order (tokens not included).</summary>
    public IReadOnlyList<IssuedSession> Sessions => state.Sessions.Snapshot(state.Now);

    /// <summary>Request-level and per-record fault injection (the same objects the admin endpoints change).</summary>
    public SalesforceFaults Faults => state.Faults;

    /// <summary>Settings in effect.</summary>
    public SalesforceSettings Settings => state.Settings;

    /// <summary>A copy of the seed in effect (its ids: leads, contacts, campaigns, members, client apps).</summary>
    public SalesforceSeed Seed => state.Seed.Clone();

    /// <summary>API usage now (rolling 24 h of emulator time) and the daily limit.</summary>
    public ApiUsage ApiUsage => new(state.Usage.Used(state.Now), state.Usage.Limit);

    /// <summary>Tasks (deleted ones included), in creation order.</summary>
    public IReadOnlyList<SalesforceRecord> Tasks => Records(StandardObjects.Task);

    /// <summary>Leads.</summary>
    public IReadOnlyList<SalesforceRecord> Leads => Records(StandardObjects.Lead);

    /// <summary>Contacts.</summary>
    public IReadOnlyList<SalesforceRecord> Contacts => Records(StandardObjects.Contact);

    /// <summary>Campaigns.</summary>
    public IReadOnlyList<SalesforceRecord> Campaigns => Records(StandardObjects.Campaign);

    /// <summary>Campaign members.</summary>
    public IReadOnlyList<SalesforceRecord> CampaignMembers => Records(StandardObjects.CampaignMember);

    /// <summary>Campaign member statuses of every campaign.</summary>
    public IReadOnlyList<SalesforceRecord> CampaignMemberStatuses => Records(StandardObjects.CampaignMemberStatus);

    /// <summary>Starts an emulator with <paramref name="seed"/> (default: <see cref="SalesforceSeed.Default"/>).</summary>
    /// <param name="seed">Org to emulate; copied, so later changes to it have no effect.</param>
    /// <param name="timeProvider">Clock for session expiry, the rolling API allocation, timed faults, query locators and timestamps (default: system clock).</param>
    /// <param name="ct">Cancels the start.</param>
    /// <exception cref="InvalidDataException">The seed is invalid.</exception>
    public static async Task<SalesforceEmulator> StartAsync(SalesforceSeed? seed = null, TimeProvider? timeProvider = null, CancellationToken ct = default)
    {
        var state = new SalesforceState(seed ?? SalesforceSeed.Default, timeProvider ?? TimeProvider.System);
        var host = await LoopbackEmulatorHost.StartAsync(
            typeof(SalesforceEmulator).Assembly.GetName().Name!,
            builder => SalesforceApplication.Build(builder, state),
            ct);
        return new SalesforceEmulator(host, state);
    }

    /// <summary>Snapshots of every record of an object type (e.g. <c>"Task"</c>), deleted ones included, in creation order.</summary>
    /// <exception cref="ArgumentException">The type is not emulated.</exception>
    public IReadOnlyList<SalesforceRecord> Records(string sObjectType)
    {
        var schema = state.Catalog.Find(sObjectType) ?? throw new ArgumentException($"{sObjectType} is not an emulated object type.", nameof(sObjectType));
        lock (state.Gate)
        {
            return [.. state.Store.All(schema.Name).Select(r => new SalesforceRecord(r))];
        }
    }

    /// <summary>A snapshot of the record with this id (15 or 18 characters), or null.</summary>
    public SalesforceRecord? Record(string id)
    {
        lock (state.Gate)
        {
            return SalesforceIds.TryNormalize(id, out var full) && state.Store.Find(full) is { } record ? new SalesforceRecord(record) : null;
        }
    }

    /// <summary>Ends every session issued so far: REST calls with those tokens get 401 INVALID_SESSION_ID; new tokens work.</summary>
    public void ExpireSessions() => state.Sessions.ExpireAll();

    /// <summary>Sets the API usage (as calls made now, aging out after 24 h) and optionally the daily limit.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="used"/> is negative or <paramref name="limit"/> below 1.</exception>
    public void SetApiUsage(int used, int? limit = null) => state.Usage.Set(state.Now, used, limit);

    /// <summary>Back to the seed: records, sessions, API usage, query locators, recordings and faults.</summary>
    public void Reset() => state.Reset();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => host.DisposeAsync();
}
