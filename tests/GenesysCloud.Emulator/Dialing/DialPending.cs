namespace GenesysCloud.Emulator;

/// <summary>What a campaign still waits for when nothing can be dialed now: a retry time, and/or an attempt in flight.</summary>
internal sealed record DialPending(DateTimeOffset? EarliestRetry, bool InFlight)
{
    public bool Any => EarliestRetry is not null || InFlight;
}
