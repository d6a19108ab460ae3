using Microsoft.Extensions.Logging;

namespace CampaignBridge.Functions.OutboundMessages;

/// <summary>
/// Purges expired Notification Ids at most once per <see cref="Interval"/> per instance, piggybacking on the
/// flush timer. Losing the in-memory "last purge" time on a restart only means an early purge.
/// </summary>
internal sealed partial class OutboundNotificationHousekeeping(OutboundNotificationLedger ledger, TimeProvider timeProvider, ILogger<OutboundNotificationHousekeeping> logger)
{
    /// <summary>How often expired entries are looked for.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    private DateTimeOffset? _lastPurge;

    /// <summary>Purges when the last purge is older than <see cref="Interval"/>; a failure is logged and retried next time.</summary>
    public async Task PurgeWhenDueAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (_lastPurge is { } last && now - last < Interval)
        {
            return;
        }

        _lastPurge = now;
        var purged = await ledger.PurgeExpiredAsync(cancellationToken).ConfigureAwait(false);
        LogPurged(logger, purged);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} expired Outbound Message notification ids")]
    private static partial void LogPurged(ILogger logger, int count);
}
