using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.Functions.Outbox;

/// <summary>Queues items on a lane: the operation row first, then one queue message per part.</summary>
internal sealed partial class DeliveryOutbox<TItem, TMessage>(
    DeliveryLane<TItem, TMessage> lane,
    TimeProvider timeProvider,
    ILogger<DeliveryOutbox<TItem, TMessage>> logger)
    where TMessage : class, IDeliveryMessage<TItem, TMessage>
{
    /// <summary>Messages never expire (the default time-to-live is 7 days): nothing accepted may be dropped.</summary>
    internal static readonly TimeSpan NeverExpires = TimeSpan.FromSeconds(-1);

    private const int MaxParallelSends = 8;

    private static long s_sequence;

    /// <summary>
    /// Records the operation and puts every item in the lane's queue. When this returns, the items are durable; when it
    /// throws, some parts may have been queued already (redelivering them is harmless: the targets upsert) and the
    /// operation records why queueing stopped.
    /// </summary>
    public async Task<QueuedOperation> EnqueueAsync(DeliveryRequest<TItem, TMessage> request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var storage = lane.Storage;
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);

        var operationId = OperationId.New();
        var now = timeProvider.GetUtcNow();
        var envelope = request.Template.ForPart(operationId.ToString(), part: 0, now, sequence: 0, [], itemCount: 0, payloadBlob: null);
        var parts = DeliveryMessageSplitter.Split(request.Items, envelope, lane.Json);

        // The operation exists before its first message, so the flusher always has a row to report into.
        await lane.Operations.CreateAsync(operationId, envelope.Group, request.Source, request.Items.Count, parts.Count, request.Rejected, now, cancellationToken)
            .ConfigureAwait(false);

        // Order numbers are taken up front, in order: parts may be sent in parallel, "last write wins" still holds.
        var messages = parts.Select((part, index) => envelope.ForPart(
            operationId.ToString(),
            index,
            now,
            Interlocked.Increment(ref s_sequence),
            part.StoreInBlob ? [] : part.Items,
            part.Items.Count,
            part.StoreInBlob ? $"{operationId}/{index:D5}.json" : null)).ToList();

        var queued = 0;
        try
        {
            await Parallel.ForEachAsync(
                Enumerable.Range(0, messages.Count),
                new ParallelOptions { MaxDegreeOfParallelism = MaxParallelSends, CancellationToken = cancellationToken },
                async (index, ct) =>
                {
                    await SendAsync(messages[index], parts[index].Items, ct).ConfigureAwait(false);
                    Interlocked.Increment(ref queued);
                }).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var reason = $"Queueing stopped after {queued} of {messages.Count} parts: {StorageFailure.Describe(exception)}. Submit the request again.";
            LogEnqueueFailed(logger, exception, lane.Name, operationId.ToString(), queued, messages.Count);
            try
            {
                await lane.Operations.RecordEnqueueFailureAsync(operationId, queued, reason, timeProvider.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception recordFailure) when (StorageFailure.IsStorageFailure(recordFailure))
            {
                LogEnqueueFailureNotRecorded(logger, recordFailure, operationId.ToString());
            }

            throw;
        }

        LogQueued(logger, lane.Name, operationId.ToString(), request.Source, request.Items.Count, messages.Count, envelope.Group);
        return new QueuedOperation(operationId, messages.Count, request.Items.Count);
    }

    private async Task SendAsync(TMessage message, IReadOnlyList<TItem> items, CancellationToken cancellationToken)
    {
        var storage = lane.Storage;
        if (message.PayloadBlob is { } blobName)
        {
            var payload = JsonSerializer.SerializeToUtf8Bytes(items.ToList(), lane.Json.Items);
            await storage.Payloads.GetBlobClient(blobName).UploadAsync(BinaryData.FromBytes(payload), overwrite: true, cancellationToken).ConfigureAwait(false);
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(message, lane.Json.Message);
        await storage.Queue.SendMessageAsync(BinaryData.FromBytes(body), visibilityTimeout: null, timeToLive: NeverExpires, cancellationToken)
            .ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued operation {OperationId} on {Lane} from {Source}: {Items} items in {Parts} messages for {Group}")]
    private static partial void LogQueued(ILogger logger, string lane, string operationId, string source, int items, int parts, string group);

    [LoggerMessage(Level = LogLevel.Error, Message = "Queueing operation {OperationId} on {Lane} failed after {Queued} of {Parts} messages")]
    private static partial void LogEnqueueFailed(ILogger logger, Exception exception, string lane, string operationId, int queued, int parts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not record the queueing failure of operation {OperationId}")]
    private static partial void LogEnqueueFailureNotRecorded(ILogger logger, Exception exception, string operationId);
}
