using System.Text.Json;
using Azure;
using Azure.Storage.Queues.Models;

namespace CampaignBridge.Functions.Outbox;

/// <summary>
/// Takes a tick's messages from a lane's queue within its bounds, loading payload blobs, and poisons what cannot or
/// should not be processed (unreadable bodies, messages that keep crashing a tick, missing payloads).
/// </summary>
internal sealed class DeliveryReceiver<TItem, TMessage>(DeliveryLane<TItem, TMessage> lane, DeliverySettler<TItem, TMessage> settler, TimeProvider timeProvider)
    where TMessage : class, IDeliveryMessage<TItem, TMessage>
{
    /// <summary>
    /// Receives messages until the tick's message, item or time bound is reached. A message that would take the tick
    /// over <see cref="DeliveryBounds.MaxItemsPerTick"/> is put back at once (with the rest of its receive), so the tick
    /// holds a bounded number of items however long the queue is.
    /// </summary>
    public async Task<List<ReceivedDeliveryMessage<TItem, TMessage>>> ReceiveAsync(DeliveryTally tally, long started, CancellationToken cancellationToken)
    {
        var bounds = lane.Bounds;
        var received = new List<ReceivedDeliveryMessage<TItem, TMessage>>();
        var largestMessage = 0;
        var full = false;
        while (!full && received.Count < bounds.MaxMessagesPerTick && timeProvider.GetElapsedTime(started) < bounds.MaxTickDuration)
        {
            var room = bounds.MaxItemsPerTick - tally.ItemsReceived;
            if (received.Count > 0 && room < Math.Max(1, largestMessage))
            {
                break;
            }

            // Ask for no more messages than are likely to fit, judging by the largest one so far.
            var wanted = Math.Min(DeliveryBounds.MaxMessagesPerReceive, bounds.MaxMessagesPerTick - received.Count);
            if (largestMessage > 0)
            {
                wanted = Math.Clamp(room / largestMessage, 1, wanted);
            }

            QueueMessage[] batch = (await lane.Storage.Queue.ReceiveMessagesAsync(wanted, bounds.VisibilityTimeout, cancellationToken).ConfigureAwait(false)).Value;
            List<ReceivedDeliveryMessage<TItem, TMessage>> overflow = [];
            foreach (var message in batch)
            {
                tally.Received++;
                var taken = await TakeAsync(message, tally, cancellationToken).ConfigureAwait(false);
                if (taken is null)
                {
                    continue;
                }

                if (full || (received.Count > 0 && tally.ItemsReceived + taken.Items.Count > bounds.MaxItemsPerTick))
                {
                    full = true;
                    overflow.Add(taken);
                    continue;
                }

                received.Add(taken);
                tally.ItemsReceived += taken.Items.Count;
                largestMessage = Math.Max(largestMessage, taken.Items.Count);
            }

            await settler.ReleaseAsync(overflow, reason: null, tally, cancellationToken).ConfigureAwait(false);
            if (batch.Length < wanted)
            {
                break;
            }
        }

        return received;
    }

    /// <summary>Reads a received message, or poisons it when it cannot or should not be processed.</summary>
    private async Task<ReceivedDeliveryMessage<TItem, TMessage>?> TakeAsync(QueueMessage message, DeliveryTally tally, CancellationToken cancellationToken)
    {
        TMessage? body;
        try
        {
            body = JsonSerializer.Deserialize(message.Body.ToMemory().Span, lane.Json.Message);
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body is null || !OperationId.TryParse(body.OperationId, out _))
        {
            await settler.PoisonRawAsync(message, $"The message is not a {lane.Name} message and cannot be read.", tally, cancellationToken).ConfigureAwait(false);
            return null;
        }

        var unexplainedReceives = message.DequeueCount - body.Releases;
        if (unexplainedReceives > lane.Bounds.MaxDequeueCount)
        {
            var reason = $"Given up after {message.DequeueCount} receives: the flush stopped {unexplainedReceives - 1} times while working on this message (crash or timeout).";
            await settler.PoisonAsync(new ReceivedDeliveryMessage<TItem, TMessage>(message.MessageId, message.PopReceipt, message.DequeueCount, body, []), reason, tally, cancellationToken)
                .ConfigureAwait(false);
            return null;
        }

        var items = body.Items;
        if (body.PayloadBlob is { } blobName)
        {
            try
            {
                var download = await lane.Storage.Payloads.GetBlobClient(blobName).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
                items = JsonSerializer.Deserialize(download.Value.Content.ToMemory().Span, lane.Json.Items) ?? [];
            }
            catch (RequestFailedException missing) when (missing.Status == 404)
            {
                await settler.PoisonAsync(new ReceivedDeliveryMessage<TItem, TMessage>(message.MessageId, message.PopReceipt, message.DequeueCount, body, []),
                    $"The payload blob '{blobName}' of this message is missing.", tally, cancellationToken).ConfigureAwait(false);
                return null;
            }
        }

        return new ReceivedDeliveryMessage<TItem, TMessage>(message.MessageId, message.PopReceipt, message.DequeueCount, body, items);
    }
}
