namespace CampaignBridge.OAuth;

/// <summary>
/// An immutable cache entry: the token, a completed task handing it out (so the fast path allocates nothing), and its
/// refresh and usable-until instants on the <see cref="TimeProvider.GetTimestamp"/> scale — monotonic, cheaper to read
/// than the wall clock, and unaffected by clock adjustments.
/// </summary>
internal sealed class CachedToken
{
    public CachedToken(AccessToken token, TimeProvider timeProvider)
    {
        Token = token;
        Completed = Task.FromResult(token);
        var now = timeProvider.GetUtcNow();
        var timestamp = timeProvider.GetTimestamp();
        RefreshAtTimestamp = timestamp + ToTimestampTicks(TokenRefreshPolicy.RefreshAt(token) - now, timeProvider.TimestampFrequency);
        UsableUntilTimestamp = timestamp + ToTimestampTicks(TokenRefreshPolicy.UsableUntil(token) - now, timeProvider.TimestampFrequency);
    }

    public AccessToken Token { get; }

    public Task<AccessToken> Completed { get; }

    public long RefreshAtTimestamp { get; }

    public long UsableUntilTimestamp { get; }

    private static long ToTimestampTicks(TimeSpan span, long frequency)
        => span <= TimeSpan.Zero ? 0 : (long)Math.Min(span.TotalSeconds * frequency, long.MaxValue / 4);
}
