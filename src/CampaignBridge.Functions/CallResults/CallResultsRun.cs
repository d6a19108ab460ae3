using Microsoft.Extensions.Logging;

namespace CampaignBridge.Functions.CallResults;

/// <summary>
/// One run of the way back: read new results from Genesys (the detail query, then the end-of-campaign sweep), deliver
/// what is queued to Salesforce, and now and then purge expired conversation ids. Reading and delivering are independent:
/// a Genesys failure still lets queued results go out, a Salesforce outage still lets results be read and queued.
/// </summary>
internal sealed partial class CallResultsRun(
    ConversationReader reader,
    CampaignCompletionSweep sweep,
    CallResultsFlusher flusher,
    CallAttemptQueue queue,
    TimeProvider timeProvider,
    ILogger<CallResultsRun> logger)
{
    /// <summary>How often expired conversation ids are looked for.</summary>
    public static readonly TimeSpan PurgeInterval = TimeSpan.FromHours(1);

    private DateTimeOffset? _lastPurge;

    public async Task<CallResultsRunResult> RunAsync(CancellationToken cancellationToken)
    {
        var read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        var swept = await sweep.SweepAsync(cancellationToken).ConfigureAwait(false);
        var delivered = await flusher.FlushAsync(cancellationToken).ConfigureAwait(false);

        var now = timeProvider.GetUtcNow();
        if (_lastPurge is not { } last || now - last >= PurgeInterval)
        {
            _lastPurge = now;
            var purged = await queue.PurgeExpiredAsync(cancellationToken).ConfigureAwait(false);
            LogPurged(logger, purged);
        }

        return new CallResultsRunResult(read, swept, delivered);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Purged {Count} expired conversation ids of the way back")]
    private static partial void LogPurged(ILogger logger, int count);
}
