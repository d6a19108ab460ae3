using Emulators.Hosting;

namespace Salesforce.Emulator;

/// <summary>
/// Fault injection of the Salesforce emulator: request-level rules (<see cref="Requests"/>, the model of
/// <c>/__emulator/faults</c>) and per-record errors (<see cref="AddRecordFault"/>, <c>/__emulator/record-faults</c>),
/// with shortcuts for the faults the reference names (§8.10). Thread-safe.
/// </summary>
public sealed class SalesforceFaults
{
    /// <summary>Path prefix of the REST API (the versions list <c>/services/data/</c> itself is not under it).</summary>
    public const string RestPathPrefix = "/services/data/v";

    private readonly RecordFaults records;

    internal SalesforceFaults(EmulatorFaults requests, RecordFaults records)
    {
        Requests = requests;
        this.records = records;
    }

    /// <summary>Request-level rules and latency (matched by method and path; see <see cref="FaultRule"/>).</summary>
    public EmulatorFaults Requests { get; }

    /// <summary>Delay added to every non-admin request (real clock).</summary>
    public TimeSpan Latency
    {
        get => Requests.Latency;
        set => Requests.Latency = value;
    }

    /// <summary>Per-record faults in effect (including spent ones).</summary>
    public IReadOnlyList<RecordFault> RecordFaults => records.Snapshot();

    /// <summary>Adds a request-level rule.</summary>
    public FaultRule Add(FaultRule rule) => Requests.Add(rule);

    /// <summary>Adds a per-record fault.</summary>
    /// <exception cref="ArgumentException">field or statusCode missing, negative count.</exception>
    public RecordFault AddRecordFault(RecordFault fault) => records.Add(fault);

    /// <summary>Records whose <paramref name="field"/> is <paramref name="value"/> fail with UNABLE_TO_LOCK_ROW <paramref name="times"/> times, then save.</summary>
    public RecordFault LockRow(string field, string value, int times = 1, string? sObjectType = null) =>
        records.Add(new RecordFault { SObjectType = sObjectType, Field = field, Value = value, StatusCode = RecordFault.UnableToLockRow, Count = times });

    /// <summary>
    /// REST requests answer 503 SERVER_UNAVAILABLE: the next <paramref name="count"/> ones, or all during
    /// <paramref name="duration"/> of emulator time ("Salesforce down for 10 minutes"), or (neither) until cleared.
    /// </summary>
    public FaultRule ServerUnavailable(int? count = null, TimeSpan? duration = null) =>
        Requests.Add(new FaultRule { PathPrefix = RestPathPrefix, Status = 503, Count = count, DurationSeconds = Seconds(duration) });

    /// <summary>REST requests answer 500 UNKNOWN_EXCEPTION (count/duration as <see cref="ServerUnavailable"/>).</summary>
    public FaultRule InternalServerError(int? count = null, TimeSpan? duration = null) =>
        Requests.Add(new FaultRule { PathPrefix = RestPathPrefix, Status = 500, Count = count, DurationSeconds = Seconds(duration) });

    /// <summary>REST requests answer 403 REQUEST_LIMIT_EXCEEDED without touching the usage counter (see also <see cref="SalesforceEmulator.SetApiUsage"/>).</summary>
    public FaultRule RequestLimitExceeded(int? count = null) =>
        Requests.Add(new FaultRule { PathPrefix = RestPathPrefix, Status = 403, Code = RestErrors.RequestLimitExceeded, Count = count });

    /// <summary>The next <paramref name="count"/> requests under <paramref name="pathPrefix"/> lose their connection without an answer.</summary>
    public FaultRule DropConnections(int? count = null, string pathPrefix = RestPathPrefix) =>
        Requests.Add(new FaultRule { PathPrefix = pathPrefix, DropConnection = true, Count = count });

    /// <summary>Removes request rules and per-record faults (latency stays).</summary>
    public void Clear()
    {
        Requests.Clear();
        records.Clear();
    }

    internal void Reset(int randomSeed)
    {
        Requests.Reset(randomSeed);
        records.Clear();
    }

    private static int? Seconds(TimeSpan? duration) => duration is { } d ? (int)Math.Ceiling(d.TotalSeconds) : null;
}
