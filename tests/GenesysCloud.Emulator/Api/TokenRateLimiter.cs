using System.Collections.Concurrent;

namespace GenesysCloud.Emulator;

/// <summary>
/// Fixed 60-second windows per access token (Genesys counts its 300 requests/minute per token). The window
/// starts with the token's first request and is measured with the emulator's TimeProvider.
/// </summary>
internal sealed class TokenRateLimiter
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, RateWindow> windows = new(StringComparer.Ordinal);

    public void Clear() => windows.Clear();

    /// <summary>Counts the request; false (with the whole seconds until the window resets, at least 1) when over the limit.</summary>
    public bool TryAcquire(string accessToken, DateTimeOffset now, int limit, out int retryAfterSeconds)
    {
        var counter = windows.GetOrAdd(accessToken, _ => new RateWindow(now));
        lock (counter)
        {
            if (now >= counter.Start + Window)
            {
                counter.Start = now;
                counter.Count = 0;
            }

            if (counter.Count < limit)
            {
                counter.Count++;
                retryAfterSeconds = 0;
                return true;
            }

            var remaining = counter.Start + Window - now;
            retryAfterSeconds = Math.Max(1, (int)Math.Ceiling(remaining.TotalSeconds));
            return false;
        }
    }
}
