using System.Collections.Concurrent;

namespace GenesysCloud.Emulator;

/// <summary>
/// Per access token (Genesys counts its 300 requests/minute per token), measured with the emulator's TimeProvider.
/// The real window algorithm is not documented (§8.5): fixed 60-second windows that start with a token's first
/// request (default), or a sliding window over the last 60 seconds (<c>settings.rateLimitWindow</c>).
/// </summary>
internal sealed class TokenRateLimiter
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, RateWindow> windows = new(StringComparer.Ordinal);

    public void Clear() => windows.Clear();

    /// <summary>Counts the request; false (with the whole seconds until a request is allowed again, at least 1) when over the limit.</summary>
    public bool TryAcquire(string accessToken, DateTimeOffset now, int limit, bool sliding, out int retryAfterSeconds)
    {
        var counter = windows.GetOrAdd(accessToken, _ => new RateWindow(now));
        lock (counter)
        {
            retryAfterSeconds = 0;
            return sliding ? TrySliding(counter, now, limit, ref retryAfterSeconds) : TryFixed(counter, now, limit, ref retryAfterSeconds);
        }
    }

    private static bool TryFixed(RateWindow counter, DateTimeOffset now, int limit, ref int retryAfterSeconds)
    {
        if (now >= counter.Start + Window)
        {
            counter.Start = now;
            counter.Count = 0;
        }

        if (counter.Count < limit)
        {
            counter.Count++;
            return true;
        }

        retryAfterSeconds = WholeSeconds(counter.Start + Window - now);
        return false;
    }

    private static bool TrySliding(RateWindow counter, DateTimeOffset now, int limit, ref int retryAfterSeconds)
    {
        while (counter.Recent.Count > 0 && counter.Recent.Peek() <= now - Window)
        {
            counter.Recent.Dequeue();
        }

        if (counter.Recent.Count < limit)
        {
            counter.Recent.Enqueue(now);
            return true;
        }

        retryAfterSeconds = WholeSeconds(counter.Recent.Peek() + Window - now);
        return false;
    }

    private static int WholeSeconds(TimeSpan remaining) => Math.Max(1, (int)Math.Ceiling(remaining.TotalSeconds));
}
