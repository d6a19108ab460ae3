namespace GenesysCloud.Emulator;

/// <summary>
/// In-process fault injection; the <c>/__emulator/</c> admin endpoints change the same object.
/// Thread-safe.
/// </summary>
public sealed class EmulatorFaults
{
    private readonly Lock gate = new();
    private readonly List<ActiveFaultRule> rules = [];
    private Random random;
    private TimeSpan latency;
    private int? tokenOutageStatus;

    internal EmulatorFaults(int randomSeed) => random = new Random(randomSeed);

    /// <summary>Rules in the order they are tried (including spent ones).</summary>
    public IReadOnlyList<FaultRule> Rules
    {
        get
        {
            lock (gate)
            {
                return rules.Select(r => r.Rule).ToArray();
            }
        }
    }

    /// <summary>Delay added to every non-admin request (real clock). Zero = none.</summary>
    public TimeSpan Latency
    {
        get { lock (gate) { return latency; } }
        set { lock (gate) { latency = value < TimeSpan.Zero ? TimeSpan.Zero : value; } }
    }

    /// <summary>When set, <c>POST /oauth/token</c> answers this status (e.g. 503) until set back to null.</summary>
    public int? TokenOutageStatus
    {
        get { lock (gate) { return tokenOutageStatus; } }
        set { lock (gate) { tokenOutageStatus = value; } }
    }

    /// <summary>Adds a rule after the existing ones.</summary>
    /// <exception cref="ArgumentException">The rule is inconsistent (share outside 0..1, bad status, bad pattern...).</exception>
    public FaultRule Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var validated = rule.Validated();
        lock (gate)
        {
            rules.Add(new ActiveFaultRule(validated, validated.Count));
        }

        return validated;
    }

    /// <summary>Answers the next <paramref name="count"/> requests under <paramref name="pathPrefix"/> with <paramref name="status"/>.</summary>
    public FaultRule Add(string pathPrefix, int status, int? count = null, int? retryAfterSeconds = null) =>
        Add(new FaultRule { PathPrefix = pathPrefix, Status = status, Count = count, RetryAfterSeconds = retryAfterSeconds });

    /// <summary>Removes every rule (latency and token outage stay; see <see cref="ClearAll"/>).</summary>
    public void Clear()
    {
        lock (gate)
        {
            rules.Clear();
        }
    }

    /// <summary>Removes rules, latency and the token outage.</summary>
    public void ClearAll()
    {
        lock (gate)
        {
            rules.Clear();
            latency = TimeSpan.Zero;
            tokenOutageStatus = null;
        }
    }

    internal void Reset(int randomSeed)
    {
        lock (gate)
        {
            rules.Clear();
            latency = TimeSpan.Zero;
            tokenOutageStatus = null;
            random = new Random(randomSeed);
        }
    }

    /// <summary>Finds the rule to apply to this request and uses it up once.</summary>
    internal FaultRule? Take(string method, string path)
    {
        lock (gate)
        {
            foreach (var active in rules)
            {
                if (active.Remaining is <= 0 || !active.Rule.Matches(method, path))
                {
                    continue;
                }

                if (active.Rule.Share < 1 && random.NextDouble() >= active.Rule.Share)
                {
                    continue;
                }

                if (active.Remaining is { } remaining)
                {
                    active.Remaining = remaining - 1;
                }

                return active.Rule;
            }

            return null;
        }
    }
}
