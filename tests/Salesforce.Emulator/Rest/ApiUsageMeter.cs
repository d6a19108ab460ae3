namespace Salesforce.Emulator;

/// <summary>
/// The org's API request allocation over a rolling 24 hours of emulator time (reference §5), counted in one-minute
/// buckets. Thread-safe.
/// </summary>
internal sealed class ApiUsageMeter(int limit)
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    private readonly Lock gate = new();
    private readonly LinkedList<UsageBucket> buckets = new();
    private int limit = limit;

    public int Limit
    {
        get { lock (gate) { return limit; } }
    }

    /// <summary>Calls counted in the 24 h before <paramref name="now"/>.</summary>
    public int Used(DateTimeOffset now)
    {
        lock (gate)
        {
            Expire(now);
            return buckets.Sum(b => b.Count);
        }
    }

    /// <summary>Counts one call unless the allocation is used up; false = refuse with REQUEST_LIMIT_EXCEEDED.</summary>
    public bool TryCount(DateTimeOffset now)
    {
        lock (gate)
        {
            Expire(now);
            if (buckets.Sum(b => b.Count) >= limit)
            {
                return false;
            }

            Add(now, 1);
            return true;
        }
    }

    /// <summary>Sets the usage (as calls made now, so they age out of the window like real ones) and optionally the limit.</summary>
    public void Set(DateTimeOffset now, int used, int? newLimit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(used);
        if (newLimit is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(newLimit), "The limit must be at least 1.");
        }

        lock (gate)
        {
            buckets.Clear();
            if (used > 0)
            {
                Add(now, used);
            }

            limit = newLimit ?? limit;
        }
    }

    public void Reset(int newLimit)
    {
        lock (gate)
        {
            buckets.Clear();
            limit = newLimit;
        }
    }

    private void Add(DateTimeOffset now, int count)
    {
        var minute = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, now.Offset);
        if (buckets.Last?.Value is { } last && last.Minute == minute)
        {
            last.Count += count;
            return;
        }

        buckets.AddLast(new UsageBucket(minute, count));
    }

    private void Expire(DateTimeOffset now)
    {
        while (buckets.First is { } first && first.Value.Minute + Window <= now)
        {
            buckets.RemoveFirst();
        }
    }
}
