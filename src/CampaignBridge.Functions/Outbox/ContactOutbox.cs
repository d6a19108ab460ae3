using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.Functions.Outbox;

/// <summary>Queues contact writes: the operation row first, then one queue message per part.</summary>
internal sealed partial class ContactOutbox(
    OutboxStorage storage,
    ContactSyncOperationStore operations,
    TimeProvider timeProvider,
    ILogger<ContactOutbox> logger) : IContactOutbox
{
    /// <summary>Messages never expire (the default time-to-live is 7 days): nothing accepted may be dropped.</summary>
    private static readonly TimeSpan NeverExpires = TimeSpan.FromSeconds(-1);

    private const int MaxParallelSends = 8;

    private static long s_sequence;

    public async Task<QueuedOperation> EnqueueAsync(ContactSyncRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);

        var operationId = OperationId.New();
        var now = timeProvider.GetUtcNow();
        var envelope = new ContactSyncMessage
        {
            OperationId = operationId.ToString(),
            ContactListId = request.ContactListId,
            Part = 0,
            EnqueuedAt = now,
            Sequence = 0,
            Options = request.Options,
            ContactCount = 0,
        };
        var parts = ContactSyncMessageSplitter.Split(request.Contacts, envelope);

        // The operation exists before its first message, so the flusher always has a row to report into.
        await operations.CreateAsync(operationId, request.ContactListId, request.Source, request.Contacts.Count, parts.Count, request.Rejected, now, cancellationToken)
            .ConfigureAwait(false);

        // Order numbers are taken up front, in order: parts may be sent in parallel, "last write wins" still holds.
        var messages = parts.Select((part, index) => envelope with
        {
            Part = index,
            Sequence = Interlocked.Increment(ref s_sequence),
            Contacts = part.StoreInBlob ? [] : part.Contacts,
            ContactCount = part.Contacts.Count,
            PayloadBlob = part.StoreInBlob ? $"{operationId}/{index:D5}.json" : null,
        }).ToList();
        var payloads = parts.Select(p => p.Contacts).ToList();

        var queued = 0;
        try
        {
            await Parallel.ForEachAsync(
                Enumerable.Range(0, messages.Count),
                new ParallelOptions { MaxDegreeOfParallelism = MaxParallelSends, CancellationToken = cancellationToken },
                async (index, ct) =>
                {
                    await SendAsync(messages[index], payloads[index], ct).ConfigureAwait(false);
                    Interlocked.Increment(ref queued);
                }).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var reason = $"Queueing stopped after {queued} of {messages.Count} parts: {StorageFailure.Describe(exception)}. Submit the request again.";
            LogEnqueueFailed(logger, exception, operationId.ToString(), queued, messages.Count);
            try
            {
                await operations.RecordEnqueueFailureAsync(operationId, queued, reason, timeProvider.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception recordFailure) when (StorageFailure.IsStorageFailure(recordFailure))
            {
                LogEnqueueFailureNotRecorded(logger, recordFailure, operationId.ToString());
            }

            throw;
        }

        LogQueued(logger, operationId.ToString(), request.Source, request.Contacts.Count, messages.Count, request.ContactListId);
        return new QueuedOperation(operationId, messages.Count, request.Contacts.Count);
    }

    private async Task SendAsync(ContactSyncMessage message, IReadOnlyList<QueuedContact> contacts, CancellationToken cancellationToken)
    {
        if (message.PayloadBlob is { } blobName)
        {
            var payload = JsonSerializer.SerializeToUtf8Bytes(contacts.ToList(), OutboxJsonContext.Default.ListQueuedContact);
            await storage.Payloads.GetBlobClient(blobName).UploadAsync(BinaryData.FromBytes(payload), overwrite: true, cancellationToken).ConfigureAwait(false);
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(message, OutboxJsonContext.Default.ContactSyncMessage);
        await storage.Queue.SendMessageAsync(BinaryData.FromBytes(body), visibilityTimeout: null, timeToLive: NeverExpires, cancellationToken)
            .ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued operation {OperationId} from {Source}: {Contacts} contacts in {Parts} messages for contact list {ContactListId}")]
    private static partial void LogQueued(ILogger logger, string operationId, string source, int contacts, int parts, string contactListId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Queueing operation {OperationId} failed after {Queued} of {Parts} messages")]
    private static partial void LogEnqueueFailed(ILogger logger, Exception exception, string operationId, int queued, int parts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not record the queueing failure of operation {OperationId}")]
    private static partial void LogEnqueueFailureNotRecorded(ILogger logger, Exception exception, string operationId);
}
