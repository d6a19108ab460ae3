using Emulators.Hosting;

namespace GenesysCloud.Emulator;

/// <summary>
/// Fault injection of the Genesys emulator: the shared request-level rules and latency (the model of
/// <c>/__emulator/faults</c> and <c>/__emulator/latency</c>) plus the token outage (<c>/__emulator/token-outage</c>),
/// which the token paths answer after the rules. Thread-safe.
/// </summary>
public sealed class GenesysFaults
{
    private readonly Lock gate = new();
    private int? tokenOutageStatus;

    internal GenesysFaults(EmulatorFaults requests) => Requests = requests;

    /// <summary>Rules in the order they are tried (including spent and expired ones).</summary>
    public IReadOnlyList<FaultRule> Rules => Requests.Rules;

    /// <summary>Delay added to every non-admin request (real clock). Zero = none.</summary>
    public TimeSpan Latency
    {
        get => Requests.Latency;
        set => Requests.Latency = value;
    }

    /// <summary>When set, <c>POST /oauth/token</c> answers this status (e.g. 503) until set back to null.</summary>
    public int? TokenOutageStatus
    {
        get { lock (gate) { return tokenOutageStatus; } }
        set { lock (gate) { tokenOutageStatus = value; } }
    }

    /// <summary>The shared rules and latency the pipeline and the common admin endpoints act on.</summary>
    internal EmulatorFaults Requests { get; }

    /// <summary>Adds a rule after the existing ones and returns the instance in effect (use it with <see cref="Remove"/>).</summary>
    /// <exception cref="ArgumentException">The rule is inconsistent (share outside 0..1, bad status, bad pattern...).</exception>
    public FaultRule Add(FaultRule rule) => Requests.Add(rule);

    /// <summary>Answers the next <paramref name="count"/> requests under <paramref name="pathPrefix"/> with <paramref name="status"/>.</summary>
    public FaultRule Add(string pathPrefix, int status, int? count = null, int? retryAfterSeconds = null) =>
        Requests.Add(pathPrefix, status, count, retryAfterSeconds);

    /// <summary>Removes the rule <see cref="Add(FaultRule)"/> returned; false when it is not (or no longer) there.</summary>
    public bool Remove(FaultRule rule) => Requests.Remove(rule);

    /// <summary>Removes every rule (latency and token outage stay; see <see cref="ClearAll"/>).</summary>
    public void Clear() => Requests.Clear();

    /// <summary>Removes rules, latency and the token outage.</summary>
    public void ClearAll()
    {
        Requests.ClearAll();
        TokenOutageStatus = null;
    }

    /// <summary>Back to the start: no rules, latency or outage, the share draw restarted from <paramref name="randomSeed"/>.</summary>
    internal void Reset(int randomSeed)
    {
        Requests.Reset(randomSeed);
        TokenOutageStatus = null;
    }
}
