namespace GenesysCloud.Emulator;

/// <summary>One token's current rate-limit window (locked on itself by <see cref="TokenRateLimiter"/>).</summary>
internal sealed class RateWindow(DateTimeOffset start)
{
    public DateTimeOffset Start { get; set; } = start;

    public int Count { get; set; }
}
