using CampaignBridge.Functions.Outbox;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Functions.CallResults;

/// <summary>
/// Queues attempts on the <c>call-results</c> lane exactly once per conversation id: attempts already queued (the
/// <see cref="SeenKeyLedger"/>, partition = the day the conversation started) are dropped, the rest are queued, and only
/// then marked — a crash in between queues them again, which the Salesforce upsert by conversation id makes harmless.
/// An attempt logged at hang-up has its own key (<c>{conversationId}-hangup</c>), so it is queued once too and never
/// after its conversation's final attempt.
/// </summary>
internal sealed class CallAttemptQueue(
    CallResultStorage storage,
    DeliveryOutbox<CallAttempt, CallResultMessage> outbox,
    SalesforceOrg org,
    IOptions<CallResultsOptions> options,
    TimeProvider timeProvider)
{
    /// <summary>Who queues from the detail query and the sweep, on the operation row.</summary>
    public const string Source = "SyncCallResults";

    /// <summary>Appended to the conversation id for the ledger key of an attempt logged at hang-up.</summary>
    public const string HangUpKeySuffix = "-hangup";

    private readonly SeenKeyLedger _ledger = new(storage.Conversations, storage.EnsureCreatedAsync, options.Value.LedgerRetention, timeProvider);

    /// <summary>Queues the attempts not queued before; returns how many were new.</summary>
    public async Task<int> QueueNewAsync(IReadOnlyList<CallAttempt> attempts, CancellationToken cancellationToken)
    {
        var fresh = new List<CallAttempt>();
        foreach (var day in attempts.DistinctBy(LedgerKey, StringComparer.Ordinal).GroupBy(PartitionOf))
        {
            var seen = await _ledger.FindSeenAsync(day.Key, [.. day.SelectMany(a => new[] { LedgerKey(a), a.ConversationId }).Distinct(StringComparer.Ordinal)], cancellationToken)
                .ConfigureAwait(false);
            fresh.AddRange(day.Where(a => !seen.Contains(LedgerKey(a)) && !seen.Contains(a.ConversationId)));
        }

        if (fresh.Count == 0)
        {
            return 0;
        }

        var template = new CallResultMessage
        {
            OperationId = Guid.Empty.ToString(),
            Org = org.Key,
            Part = 0,
            EnqueuedAt = default,
            Sequence = 0,
            AttemptCount = 0,
        };
        var queued = await outbox.EnqueueAsync(new DeliveryRequest<CallAttempt, CallResultMessage>(template, fresh, [], Source), cancellationToken).ConfigureAwait(false);
        foreach (var day in fresh.GroupBy(PartitionOf))
        {
            await _ledger.MarkSeenAsync(day.Key, [.. day.Select(LedgerKey)], queued.OperationId, cancellationToken).ConfigureAwait(false);
        }

        return fresh.Count;
    }

    /// <summary>Deletes conversation ids past the retention (a bounded number per call).</summary>
    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken) => _ledger.PurgeExpiredAsync(cancellationToken);

    private static string LedgerKey(CallAttempt attempt) => attempt.AwaitingWrapUp ? attempt.ConversationId + HangUpKeySuffix : attempt.ConversationId;

    private static string PartitionOf(CallAttempt attempt) => attempt.AttemptStart.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
