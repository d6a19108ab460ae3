using Microsoft.Extensions.Logging;

namespace CampaignBridge.Functions.Outbox;

/// <summary>
/// Drains a lane's queue into its target: takes up to <see cref="DeliveryBounds.MaxMessagesPerTick"/> messages holding at
/// most <see cref="DeliveryBounds.MaxItemsPerTick"/> items (32 messages per receive, within
/// <see cref="DeliveryBounds.MaxTickDuration"/>), merges them per group (per key the newest record wins when the values
/// carry a modification time, otherwise the last write in enqueue order), writes them in the target's request sizes, at most
/// <see cref="DeliveryBounds.MaxRequestsPerTick"/> requests per tick, and deletes a message only after all of its items are
/// done. A rate limit or an outage pauses the lane (<see cref="DeliveryPauseStore"/>); the messages the target fully
/// accepted before it are completed, the others are put back holding only their remaining items. Items the target refuses
/// one by one go to the poison queue with its reason; data it refuses as a whole, and messages that keep crashing the
/// flush, go there too. The operation shows all of it.
/// </summary>
/// <remarks>
/// <para>
/// When is a message's item done? The messages of one write are merged in enqueue order, each value replacing the one
/// before it unless that one is newer (<see cref="DeliveryOrder.Supersedes"/>). So each key goes to the target once, with
/// its winning value, in exactly one request. An item of a message is done only when the request that carried the key's
/// winning value succeeded and the target accepted (or for good refused) that value, whichever message it came from: a
/// superseded value then needs no sending (the target holds the winner), and when that request failed the key stays
/// undone in every message that wrote it, so the winning value is still queued and still wins when the messages are merged
/// again. A message is completed (progress recorded, message deleted) when all its items are done.
/// </para>
/// <para>
/// Later writes of the same tick to the same group (the next run of other write options, or the messages retried one by
/// one after a refused merge) merge as if the timed values the target accepted earlier in the tick came first: a value
/// that loses to one of them is not sent and counts as delivered. Across ticks nothing is remembered: an older record
/// arriving after a newer one was delivered in an earlier tick still overwrites it.
/// </para>
/// <para>
/// A message put back keeps only its remaining items (the rewritten queue message or payload blob). This is not just a
/// saving: if an earlier message came back whole after a later message that overwrote one of its items was completed, the
/// next tick would write the earlier, stale value over the accepted newer one. For the same reason a tick first puts back
/// (or poisons) the unfinished messages and only then deletes the finished ones: a crash in between leaves an already
/// delivered message to be delivered again (harmless, writes are upserts), never a stale value without its successor.
/// </para>
/// </remarks>
internal sealed partial class DeliveryFlusher<TItem, TMessage>
    where TMessage : class, IDeliveryMessage<TItem, TMessage>
{
    private readonly DeliveryLane<TItem, TMessage> _lane;
    private readonly IDeliveryTarget<TItem, TMessage> _target;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly DeliverySettler<TItem, TMessage> _settler;
    private readonly DeliveryReceiver<TItem, TMessage> _receiver;
    private readonly DeliveryRunWriter<TItem, TMessage> _writer;

    public DeliveryFlusher(DeliveryLane<TItem, TMessage> lane, IDeliveryTarget<TItem, TMessage> target, TimeProvider timeProvider, ILogger logger)
    {
        _lane = lane;
        _target = target;
        _timeProvider = timeProvider;
        _logger = logger;
        _settler = new DeliverySettler<TItem, TMessage>(lane, target.KeyOf, timeProvider, logger);
        _receiver = new DeliveryReceiver<TItem, TMessage>(lane, _settler, timeProvider);
        _writer = new DeliveryRunWriter<TItem, TMessage>(lane, target, timeProvider);
    }

    /// <summary>
    /// Runs one tick. Target failures are handled; storage failures (and bugs) end the tick with an exception, and the
    /// messages it held reappear after their visibility timeout.
    /// </summary>
    public async Task<FlushResult> FlushAsync(CancellationToken cancellationToken)
    {
        await _lane.Storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var tally = new DeliveryTally();
        var started = _timeProvider.GetTimestamp();

        var pause = await _lane.Pauses.GetAsync(cancellationToken).ConfigureAwait(false);
        if (pause is not null && pause.Until > _timeProvider.GetUtcNow())
        {
            LogPaused(_logger, _lane.Name, pause.Until, pause.Code);
            return tally.Result(pause, oldest: null);
        }

        var messages = await _receiver.ReceiveAsync(tally, started, cancellationToken).ConfigureAwait(false);
        TimeSpan? oldest = messages.Count == 0 ? null : _timeProvider.GetUtcNow() - messages.Min(m => m.Body.EnqueuedAt);

        DeliveryPause? stop = null;
        var acceptedByGroup = new Dictionary<string, Dictionary<string, TItem>>(StringComparer.OrdinalIgnoreCase);
        foreach (var run in BuildRuns(messages))
        {
            if (stop is not null)
            {
                await _settler.ReleaseAsync(run.Messages, stop.Reason, tally, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (!acceptedByGroup.TryGetValue(run.Group, out var accepted))
            {
                accepted = new Dictionary<string, TItem>(StringComparer.Ordinal);
                acceptedByGroup.Add(run.Group, accepted);
            }

            stop = await DeliverRunAsync(run, accepted, tally, started, cancellationToken).ConfigureAwait(false);
        }

        var remaining = (await _lane.Storage.Queue.GetPropertiesAsync(cancellationToken).ConfigureAwait(false)).Value.ApproximateMessagesCount;
        LogTick(_logger, _lane.Name, tally.Received, tally.Delivered, tally.Poisoned, tally.Released, tally.ItemsReceived, tally.ItemsDelivered, tally.ItemsRefused,
            tally.Requests, oldest?.TotalSeconds ?? 0, remaining);
        return tally.Result(stop, oldest);
    }

    /// <summary>
    /// Orders messages by enqueue time, groups them, and cuts each group's sequence into runs of messages written alike
    /// (one request cannot mix write options). Runs of a group are delivered in order.
    /// </summary>
    internal static IEnumerable<DeliveryRun<TItem, TMessage>> BuildRuns(IEnumerable<ReceivedDeliveryMessage<TItem, TMessage>> messages)
    {
        var ordered = messages
            .OrderBy(m => m.Body.EnqueuedAt)
            .ThenBy(m => m.Body.Sequence)
            .ThenBy(m => m.Body.Part);
        foreach (var group in ordered.GroupBy(m => m.Body.Group, StringComparer.OrdinalIgnoreCase))
        {
            List<ReceivedDeliveryMessage<TItem, TMessage>> current = [];
            foreach (var message in group)
            {
                if (current.Count > 0 && !current[0].Body.WritesLike(message.Body))
                {
                    yield return new DeliveryRun<TItem, TMessage>(group.Key, current[0].Body, current);
                    current = [];
                }

                current.Add(message);
            }

            if (current.Count > 0)
            {
                yield return new DeliveryRun<TItem, TMessage>(group.Key, current[0].Body, current);
            }
        }
    }

    /// <summary>
    /// Delivers a run; returns the pause to apply when the tick has to stop. <paramref name="accepted"/> holds the timed
    /// values of the run's group that the target accepted earlier in this tick, and gains the ones accepted now.
    /// </summary>
    /// <remarks>
    /// Only the target's failures are handled here. Anything else is a bug or a storage failure: it ends the tick, the
    /// messages come back after their visibility timeout (whole: nothing was deleted, so no stale value can overtake a newer
    /// one), and a message that keeps doing that is poisoned by the dequeue limit.
    /// </remarks>
    private async Task<DeliveryPause?> DeliverRunAsync(
        DeliveryRun<TItem, TMessage> run, Dictionary<string, TItem> accepted, DeliveryTally tally, long started, CancellationToken cancellationToken)
    {
        var exception = await _writer.WriteAsync(run.Batch, run.Messages, accepted, tally, started, cancellationToken).ConfigureAwait(false);
        if (exception is null)
        {
            // Everything was sent, or the tick's request budget or time ran out: the rest waits for the next tick.
            await _settler.SettleAsync(run.Messages, reason: null, tally, cancellationToken).ConfigureAwait(false);
            return null;
        }

        var failure = _target.Classify(exception);
        List<ReceivedDeliveryMessage<TItem, TMessage>> done = [.. run.Messages.Where(m => m.FullyDone)];
        List<ReceivedDeliveryMessage<TItem, TMessage>> pending = [.. run.Messages.Where(m => !m.FullyDone)];
        switch (failure.Kind)
        {
            case DeliveryFailureKind.RateLimited:
            case DeliveryFailureKind.Transient:
                var pause = await PauseAsync(run.Group, pending.Count, exception, failure, cancellationToken).ConfigureAwait(false);
                await _settler.SettleAsync(run.Messages, failure.Reason, tally, cancellationToken).ConfigureAwait(false);
                return pause;
            case DeliveryFailureKind.GroupMissing:
                LogWriteFailedPermanent(_logger, exception, _lane.Name, run.Group, pending.Count, failure.Reason);
                foreach (var message in pending)
                {
                    await _settler.PoisonAsync(message, failure.Reason, tally, cancellationToken).ConfigureAwait(false);
                }

                await _settler.CompleteAllAsync(done, tally, cancellationToken).ConfigureAwait(false);
                return null;
            default:
                LogWriteFailedPermanent(_logger, exception, _lane.Name, run.Group, pending.Count, failure.Reason);
                DeliveryPause? stop = null;
                if (pending.Count == 1)
                {
                    await _settler.PoisonAsync(pending[0], failure.Reason, tally, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    stop = await DeliverOneByOneAsync(run, pending, accepted, tally, started, cancellationToken).ConfigureAwait(false);
                }

                await _settler.CompleteAllAsync(done, tally, cancellationToken).ConfigureAwait(false);
                return stop;
        }
    }

    /// <summary>
    /// After the target refused a merged write, finds the culprits: each unfinished message alone, in enqueue order, so a
    /// later write still replaces an earlier one, and a value older than one accepted before it is skipped (see
    /// <paramref name="accepted"/>). Only messages that fail alone are poisoned.
    /// </summary>
    private async Task<DeliveryPause?> DeliverOneByOneAsync(
        DeliveryRun<TItem, TMessage> run,
        IReadOnlyList<ReceivedDeliveryMessage<TItem, TMessage>> pending,
        Dictionary<string, TItem> accepted,
        DeliveryTally tally,
        long started,
        CancellationToken cancellationToken)
    {
        for (var index = 0; index < pending.Count; index++)
        {
            var message = pending[index];
            var exception = await _writer.WriteAsync(run.Batch, [message], accepted, tally, started, cancellationToken).ConfigureAwait(false);
            if (exception is null)
            {
                if (message.FullyDone)
                {
                    await _settler.CompleteAsync(message, tally, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                // The tick's request budget or time ran out (or items are to be retried): this message and the ones after it wait.
                await _settler.ReleaseAsync([.. pending.Skip(index)], reason: null, tally, cancellationToken).ConfigureAwait(false);
                return null;
            }

            var failure = _target.Classify(exception);
            if (failure.Kind is DeliveryFailureKind.RateLimited or DeliveryFailureKind.Transient)
            {
                var pause = await PauseAsync(run.Group, pending.Count - index, exception, failure, cancellationToken).ConfigureAwait(false);
                await _settler.ReleaseAsync([.. pending.Skip(index)], failure.Reason, tally, cancellationToken).ConfigureAwait(false);
                return pause;
            }

            await _settler.PoisonAsync(message, failure.Reason, tally, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    /// <summary>Pauses the lane (rate limited: until Retry-After; otherwise <see cref="DeliveryBounds.FailurePause"/>).</summary>
    private async Task<DeliveryPause> PauseAsync(string group, int waitingMessages, Exception exception, DeliveryFailure failure, CancellationToken cancellationToken)
    {
        var wait = failure.Kind == DeliveryFailureKind.RateLimited
            ? failure.RetryAfter is { } retryAfter && retryAfter > TimeSpan.Zero ? retryAfter : _lane.Bounds.DefaultRateLimitPause
            : _lane.Bounds.FailurePause;
        var pause = new DeliveryPause(_timeProvider.GetUtcNow() + wait, failure.Code, failure.Reason);
        LogWriteFailedTransient(_logger, exception, _lane.Name, group, waitingMessages, pause.Until, failure.Reason);
        await _lane.Pauses.SetAsync(pause, cancellationToken).ConfigureAwait(false);
        return pause;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Lane} flush paused until {PausedUntil:o} ({Code})")]
    private static partial void LogPaused(ILogger logger, string lane, DateTimeOffset pausedUntil, string code);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Lane} flush: received {Received}, delivered {Delivered}, poisoned {Poisoned}, released {Released} messages; held {ItemsHeld} items, delivered {Items} and refused {Refused} in {Requests} requests; oldest message {LagSeconds:F0} s old; about {Remaining} messages left")]
    private static partial void LogTick(ILogger logger, string lane, int received, int delivered, int poisoned, int released, int itemsHeld, int items, int refused, int requests, double lagSeconds, int remaining);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Lane}: writing {Messages} queued messages to {Group} failed; the flush pauses until {PausedUntil:o} and the messages wait: {Reason}")]
    private static partial void LogWriteFailedTransient(ILogger logger, Exception exception, string lane, string group, int messages, DateTimeOffset pausedUntil, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Lane}: the target refused the queued items of {Messages} messages for {Group}: {Reason}")]
    private static partial void LogWriteFailedPermanent(ILogger logger, Exception exception, string lane, string group, int messages, string reason);
}
