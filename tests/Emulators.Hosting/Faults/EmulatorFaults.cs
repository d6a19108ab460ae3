namespace Emulators.Hosting;

/// <summary>
/// Request-level fault injection: ordered <see cref="FaultRule"/>s and a latency for every request. The
/// <c>/__emulator/faults</c> and <c>/__emulator/latency</c> admin endpoints change the same object. Thread-safe.
/// </summary>
public sealed class EmulatorFaults
{
    private readonly Lock gate = new();
    private readonly List<ActiveFaultRule> rules = [];
    private readonly TimeProvider time;
    private Random random;
    private TimeSpan latency;

    /// <summary>Creates an empty fault set.</summary>
    /// <param name="randomSeed">Seeds the draw for rules with <see cref="FaultRule.Share"/> &lt; 1, so runs are reproducible.</param>
    /// <param name="time">Emulator clock for <see cref="FaultRule.DurationSeconds"/>.</param>
    public EmulatorFaults(int randomSeed, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        this.time = time;
        random = new Random(randomSeed);
    }

    /// <summary>Rules in the order they are tried (including spent and expired ones).</summary>
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

    /// <summary>Adds a rule after the existing ones and returns the instance in effect (use it with <see cref="Remove"/>).</summary>
    /// <exception cref="ArgumentException">The rule is inconsistent (share outside 0..1, bad status, bad pattern...).</exception>
    public FaultRule Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var validated = rule.Validated();
        var expiresAt = validated.DurationSeconds is { } seconds ? time.GetUtcNow().AddSeconds(seconds) : (DateTimeOffset?)null;
        lock (gate)
        {
            rules.Add(new ActiveFaultRule(validated, validated.Count, expiresAt));
        }

        return validated;
    }

    /// <summary>Answers the next <paramref name="count"/> requests under <paramref name="pathPrefix"/> with <paramref name="status"/>.</summary>
    public FaultRule Add(string pathPrefix, int status, int? count = null, int? retryAfterSeconds = null) =>
        Add(new FaultRule { PathPrefix = pathPrefix, Status = status, Count = count, RetryAfterSeconds = retryAfterSeconds });

    /// <summary>Removes the rule <see cref="Add(FaultRule)"/> returned; false when it is not (or no longer) there.</summary>
    public bool Remove(FaultRule rule)
    {
        lock (gate)
        {
            return rules.RemoveAll(r => ReferenceEquals(r.Rule, rule)) > 0;
        }
    }

    /// <summary>Removes every rule (latency stays; see <see cref="ClearAll"/>).</summary>
    public void Clear()
    {
        lock (gate)
        {
            rules.Clear();
        }
    }

    /// <summary>Removes rules and latency.</summary>
    public void ClearAll()
    {
        lock (gate)
        {
            rules.Clear();
            latency = TimeSpan.Zero;
        }
    }

    /// <summary>Back to the start: no rules, no latency, the draw restarted from <paramref name="randomSeed"/>.</summary>
    public void Reset(int randomSeed)
    {
        lock (gate)
        {
            rules.Clear();
            latency = TimeSpan.Zero;
            random = new Random(randomSeed);
        }
    }

    /// <summary>Finds the rule to apply to this request and uses it up once; null when none applies.</summary>
    internal FaultRule? Take(string method, string path)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            foreach (var active in rules)
            {
                if (!active.IsLive(now) || !active.Rule.Matches(method, path))
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
