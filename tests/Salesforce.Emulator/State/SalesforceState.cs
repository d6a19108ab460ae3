using Emulators.Hosting;

namespace Salesforce.Emulator;

/// <summary>
/// Everything the emulator knows. Records, ids and query cursors are guarded by <see cref="Gate"/>; sessions,
/// usage, recordings and faults have their own thread-safe stores.
/// </summary>
internal sealed class SalesforceState
{
    /// <summary>Headers and fields that are secret: never kept, logged or answered (the recorder stores them redacted).</summary>
    public static readonly RequestRedaction Redaction = new(["Authorization"], ["client_secret", "client_assertion", "assertion"], redactWhenRecorded: true);

    private readonly Dictionary<string, UserSeed> usersByName;
    private readonly Dictionary<string, ClientAppSeed> appsByKey;

    public SalesforceState(SalesforceSeed seed, TimeProvider time)
    {
        seed.Validate();
        Seed = seed.Clone();
        SeedIdNormalizer.Normalize(Seed);
        Time = time;
        Settings = Seed.Settings;
        OrganizationId = Seed.Organization.Id;
        Catalog = new SchemaCatalog(Settings, Seed.ActivityCustomFields);
        Ids = new IdGenerator(OrganizationId, Store.Contains);
        Sessions = new SessionRegistry(OrganizationId);
        Usage = new ApiUsageMeter(Settings.DailyApiRequestLimit);
        Faults = new SalesforceFaults(new EmulatorFaults(Settings.FaultRandomSeed, time), RecordFaults);
        usersByName = Seed.Users.ToDictionary(u => u.Username, StringComparer.OrdinalIgnoreCase);
        appsByKey = Seed.ClientApps.ToDictionary(a => a.ConsumerKey, StringComparer.Ordinal);
        Reset();
    }

    /// <summary>The seed in effect (a private copy).</summary>
    public SalesforceSeed Seed { get; }

    public TimeProvider Time { get; }

    public DateTimeOffset Now => Time.GetUtcNow();

    public SalesforceSettings Settings { get; }

    /// <summary>18-character org id.</summary>
    public string OrganizationId { get; }

    public SchemaCatalog Catalog { get; }

    public Lock Gate { get; } = new();

    public RecordStore Store { get; } = new();

    public IdGenerator Ids { get; }

    public QueryCursorStore Cursors { get; } = new();

    public SessionRegistry Sessions { get; }

    public ApiUsageMeter Usage { get; }

    public RecordFaults RecordFaults { get; } = new();

    public SalesforceFaults Faults { get; }

    public RequestRecorder Recorder { get; } = new(Redaction);

    public ClientAppSeed? FindClientApp(string consumerKey) => appsByKey.GetValueOrDefault(consumerKey);

    public UserSeed? FindUser(string username) => usersByName.GetValueOrDefault(username);


    /// <summary>Back to the seed: records, sessions, usage, cursors, recordings and faults.</summary>
    public void Reset()
    {
        var now = Now;
        lock (Gate)
        {
            Store.Clear();
            Ids.Reset();
            Cursors.Clear();
            SeedRecords.Load(Seed, Store, Ids, now);
        }

        Sessions.Clear();
        Usage.Reset(Settings.DailyApiRequestLimit);
        Recorder.Clear();
        Faults.Reset(Settings.FaultRandomSeed);
    }
}
