namespace GenesysCloud.Emulator;

/// <summary>One token's rate-limit state (locked on itself by <see cref="TokenRateLimiter"/>): a fixed window, or the recent request times.</summary>
internal sealed class RateWindow(DateTimeOffset start)
{
    public DateTimeOffset Start { get; set; } = start;

    public int Count { get; set; }

    /// <summary>Request times of the last minute (sliding window only).</summary>
    public Queue<DateTimeOffset> Recent { get; } = new();
}
