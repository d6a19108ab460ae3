using System.Text.Json;
using Azure;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.Functions.Outbox;

/// <summary>
/// Ends the messages of a tick: completes the finished ones (operation recorded, message and payload deleted), puts the
/// unfinished ones back holding only their remaining items, and poisons what is given up. Refused items reach the poison
/// queue and the operation before the message that held them changes, so a crash can repeat them but never lose them.
/// </summary>
internal sealed partial class DeliverySettler<TItem, TMessage>(DeliveryLane<TItem, TMessage> lane, Func<TItem, string> keyOf, TimeProvider timeProvider, ILogger logger)
    where TMessage : class, IDeliveryMessage<TItem, TMessage>
{
    /// <summary>
    /// Ends a write: puts back the unfinished messages first, then completes the finished ones (a crash in between leaves
    /// an already delivered message to be delivered again, never a stale value without its successor).
    /// </summary>
    public async Task SettleAsync(IReadOnlyList<ReceivedDeliveryMessage<TItem, TMessage>> messages, string? reason, DeliveryTally tally, CancellationToken cancellationToken)
    {
        await ReleaseAsync([.. messages.Where(m => !m.FullyDone)], reason, tally, cancellationToken).ConfigureAwait(false);
        await CompleteAllAsync([.. messages.Where(m => m.FullyDone)], tally, cancellationToken).ConfigureAwait(false);
    }

    public async Task CompleteAllAsync(IReadOnlyList<ReceivedDeliveryMessage<TItem, TMessage>> messages, DeliveryTally tally, CancellationToken cancellationToken)
    {
        foreach (var message in messages)
        {
            await CompleteAsync(message, tally, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Every item is done: record it, then delete the message (a crash in between only repeats an idempotent write).</summary>
    public async Task CompleteAsync(ReceivedDeliveryMessage<TItem, TMessage> message, DeliveryTally tally, CancellationToken cancellationToken)
    {
        var refused = await PoisonRefusedAsync(message, tally, cancellationToken).ConfigureAwait(false);
        var body = message.Body;
        await lane.Operations.RecordDeliveredAsync(body.OperationId, body.Part, body.ItemCount - body.Refused, refused, timeProvider.GetUtcNow(), cancellationToken)
            .ConfigureAwait(false);
        await DeleteAsync(message, deletePayload: true, cancellationToken).ConfigureAwait(false);
        tally.Delivered++;
    }

    /// <summary>
    /// Puts messages back for a later tick, holding only their remaining items; a <paramref name="reason"/> (or the
    /// message's own retry reason) is recorded on the operation.
    /// </summary>
    public async Task ReleaseAsync(IReadOnlyList<ReceivedDeliveryMessage<TItem, TMessage>> messages, string? reason, DeliveryTally tally, CancellationToken cancellationToken)
    {
        foreach (var message in messages)
        {
            await PoisonRefusedAsync(message, tally, cancellationToken).ConfigureAwait(false);
            var why = reason ?? message.RetryReason;
            var body = (await RemainingAsync(message, cancellationToken).ConfigureAwait(false)).Released(why is null ? null : DeliveryText.Truncate(why));
            if (why is not null)
            {
                await lane.Operations.RecordRetryingAsync(body.OperationId, body.Part, body.ItemCount, $"Will retry: {why}", timeProvider.GetUtcNow(), cancellationToken)
                    .ConfigureAwait(false);
            }

            // Visible again at once: the pause row, not the visibility timeout, keeps the next ticks away.
            var receipt = await lane.Storage.Queue.UpdateMessageAsync(
                message.MessageId,
                message.PopReceipt,
                BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(body, lane.Json.Message)),
                TimeSpan.Zero,
                cancellationToken).ConfigureAwait(false);
            message.PopReceipt = receipt.Value.PopReceipt;
            tally.Released++;
        }
    }

    public async Task PoisonAsync(ReceivedDeliveryMessage<TItem, TMessage> message, string reason, DeliveryTally tally, CancellationToken cancellationToken)
    {
        await PoisonRefusedAsync(message, tally, cancellationToken).ConfigureAwait(false);
        var body = await RemainingAsync(message, cancellationToken).ConfigureAwait(false);
        var now = timeProvider.GetUtcNow();
        await SendPoisonAsync(new PoisonedDeliveryMessage<TMessage>(DeliveryText.Truncate(reason), now, message.DequeueCount, body), cancellationToken).ConfigureAwait(false);
        await lane.Operations.RecordFailedAsync(body.OperationId, body.Part, body.ItemCount, reason, now, cancellationToken).ConfigureAwait(false);

        // The payload blob stays: the poison message still references it.
        await DeleteAsync(message, deletePayload: false, cancellationToken).ConfigureAwait(false);
        tally.Poisoned++;
        LogPoisoned(logger, lane.Name, body.OperationId, body.Part, body.Group, reason);
    }

    /// <summary>Moves a message that cannot even be read to the poison queue as it is.</summary>
    public async Task PoisonRawAsync(QueueMessage message, string reason, DeliveryTally tally, CancellationToken cancellationToken)
    {
        await lane.Storage.PoisonQueue.SendMessageAsync(message.Body, visibilityTimeout: null, timeToLive: DeliveryOutbox<TItem, TMessage>.NeverExpires, cancellationToken)
            .ConfigureAwait(false);
        await lane.Storage.Queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken).ConfigureAwait(false);
        tally.Poisoned++;
        LogPoisoned(logger, lane.Name, "unknown", 0, "unknown", reason);
    }

    /// <summary>
    /// Sends the items the target refused this tick to the poison queue (one entry holding them, with every reason) and
    /// counts them on the message; returns them as the operation's rejections.
    /// </summary>
    private async Task<IReadOnlyList<OperationRejection>> PoisonRefusedAsync(ReceivedDeliveryMessage<TItem, TMessage> message, DeliveryTally tally, CancellationToken cancellationToken)
    {
        if (message.Refused.Count == 0)
        {
            return [];
        }

        var body = message.Body;
        var rejections = message.Refused.Select(r => new OperationRejection(keyOf(r.Item), null, DeliveryText.Truncate(r.Reason))).ToList();
        var reason = string.Join("; ", rejections.Select(r => $"{r.Id}: {r.Reason}"));
        var entry = body.WithItems([.. message.Refused.Select(r => r.Item)]);
        await SendPoisonAsync(new PoisonedDeliveryMessage<TMessage>(DeliveryText.Truncate(reason), timeProvider.GetUtcNow(), message.DequeueCount, entry), cancellationToken)
            .ConfigureAwait(false);
        tally.ItemsRefused += rejections.Count;
        LogRefused(logger, lane.Name, rejections.Count, body.OperationId, body.Part, reason);
        message.WithRefusalsCounted();
        return rejections;
    }

    /// <summary>
    /// The message's body holding only the items still to deliver: inline, or by rewriting its payload blob (before the
    /// message itself changes, so the message never points at more than is left).
    /// </summary>
    private async Task<TMessage> RemainingAsync(ReceivedDeliveryMessage<TItem, TMessage> message, CancellationToken cancellationToken)
    {
        if (!message.PartlyDone)
        {
            return message.Body;
        }

        if (message.Body.PayloadBlob is { } blobName)
        {
            var payload = JsonSerializer.SerializeToUtf8Bytes([.. message.Items], lane.Json.Items);
            await lane.Storage.Payloads.GetBlobClient(blobName).UploadAsync(BinaryData.FromBytes(payload), overwrite: true, cancellationToken).ConfigureAwait(false);
            return message.Body;
        }

        return message.Body.WithItems(message.Items);
    }

    private Task SendPoisonAsync(PoisonedDeliveryMessage<TMessage> poisoned, CancellationToken cancellationToken)
        => lane.Storage.PoisonQueue.SendMessageAsync(
            BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(poisoned, lane.Json.Poisoned)),
            visibilityTimeout: null,
            timeToLive: DeliveryOutbox<TItem, TMessage>.NeverExpires,
            cancellationToken);

    private async Task DeleteAsync(ReceivedDeliveryMessage<TItem, TMessage> message, bool deletePayload, CancellationToken cancellationToken)
    {
        try
        {
            await lane.Storage.Queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException gone) when (gone.Status == 404)
        {
            // Already deleted, or its visibility ran out and another reader has it: that reader finishes it.
            LogDeleteLost(logger, lane.Name, message.Body.OperationId, message.Body.Part);
            return;
        }

        if (deletePayload && message.Body.PayloadBlob is { } blobName)
        {
            await lane.Storage.Payloads.GetBlobClient(blobName).DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Moved part {Part} of operation {OperationId} ({Lane}, {Group}) to the poison queue: {Reason}")]
    private static partial void LogPoisoned(ILogger logger, string lane, string operationId, int part, string group, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Lane}: the target refused {Count} items of part {Part} of operation {OperationId}; moved to the poison queue: {Reasons}")]
    private static partial void LogRefused(ILogger logger, string lane, int count, string operationId, int part, string reasons);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Part {Part} of operation {OperationId} ({Lane}) was delivered but could not be deleted (its receipt expired); it will be delivered again")]
    private static partial void LogDeleteLost(ILogger logger, string lane, string operationId, int part);
}
