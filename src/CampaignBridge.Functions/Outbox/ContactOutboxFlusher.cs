using System.Text.Json;
using Azure;
using Azure.Storage.Queues.Models;
using CampaignBridge.Genesys;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Functions.Outbox;

/// <summary>
/// Drains the <c>contact-sync</c> queue into Genesys: takes up to <see cref="ContactOutboxOptions.MaxMessagesPerTick"/>
/// messages holding at most <see cref="ContactOutboxOptions.MaxContactsPerTick"/> contacts (32 messages per receive,
/// within <see cref="ContactOutboxOptions.MaxTickDuration"/>), merges them per contact list (per contact id the newest
/// record wins when the values carry a modification time, otherwise the last write in enqueue order), writes at most
/// 1000 contacts per request and at most
/// <see cref="ContactOutboxOptions.MaxRequestsPerTick"/> requests per tick, and deletes a message only after Genesys
/// accepted all of its contacts. A 429 or an outage pauses the flush (<see cref="FlushPauseStore"/>); the messages
/// Genesys fully accepted before it are completed, the others are put back holding only their undelivered contacts.
/// Data Genesys refuses, and messages that keep crashing the flush, go to <c>contact-sync-poison</c> with the reason,
/// which the operation shows.
/// </summary>
/// <remarks>
/// <para>
/// When is a message's contact delivered? The messages of one write are merged in enqueue order, each value
/// replacing the one before it unless that one is newer (<see cref="QueuedContact.Supersedes"/>: both carry the
/// record's <see cref="QueuedContact.ModifiedAt"/> and the earlier one's is later, as when Salesforce delivers an older
/// Outbound Message after a newer one; without two times the later write wins). So each contact id goes to Genesys
/// once, with its winning value, in exactly one request. A contact of a message counts as delivered only when the
/// request that carried the id's winning value was accepted, whichever message that value came from: a superseded
/// value then needs no sending (Genesys holds the winner), and when that request failed the id stays undelivered in
/// every message that wrote it, so the winning value is still queued and still wins when the messages are merged
/// again. A message is completed (progress recorded, message deleted) when all its contacts are delivered.
/// </para>
/// <para>
/// Later writes of the same tick to the same contact list (the next run of other write options, or the messages
/// retried one by one after a refused merge) merge as if the timed values Genesys accepted earlier in the tick came
/// first: a value that loses to one of them is not sent and counts as delivered. Across ticks nothing is remembered:
/// an older record arriving after a newer one was delivered in an earlier tick still overwrites it.
/// </para>
/// <para>
/// A message put back keeps only its undelivered contacts (the rewritten queue message or payload blob). This is
/// not just a saving: if an earlier message came back whole after a later message that overwrote one of its
/// contacts was completed, the next tick would write the earlier, stale value over the accepted newer one. For the
/// same reason a tick first puts back (or poisons) the unfinished messages and only then deletes the finished ones:
/// a crash in between leaves an already delivered message to be delivered again (harmless, writes are upserts),
/// never a stale value without its successor.
/// </para>
/// </remarks>
internal sealed partial class ContactOutboxFlusher(
    OutboxStorage storage,
    ContactSyncOperationStore operations,
    FlushPauseStore pauses,
    IGenesysOutboundClient genesys,
    IOptions<ContactOutboxOptions> options,
    TimeProvider timeProvider,
    ILogger<ContactOutboxFlusher> logger)
{
    /// <summary>Contacts per add-contacts request (the Genesys limit).</summary>
    public const int MaxContactsPerRequest = GenesysOutboundLimits.MaxContactsPerAdd;

    /// <summary>Estimated body bytes per request, below Genesys' 512,000-byte request limit.</summary>
    public const int MaxRequestBytes = 400_000;

    /// <summary>Per-contact JSON the client adds to what the outbox stores (<c>contactListId</c>, punctuation).</summary>
    private const int PerContactRequestOverhead = 64;

    private static readonly TimeSpan NeverExpires = TimeSpan.FromSeconds(-1);

    private readonly ContactOutboxOptions _options = options.Value;

    /// <summary>
    /// Runs one tick. Genesys failures are handled; storage failures (and bugs) end the tick with an exception, and
    /// the messages it held reappear after their visibility timeout.
    /// </summary>
    public async Task<FlushResult> FlushAsync(CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var tally = new Tally();
        var started = timeProvider.GetTimestamp();

        var pause = await pauses.GetAsync(cancellationToken).ConfigureAwait(false);
        if (pause is not null && pause.Until > timeProvider.GetUtcNow())
        {
            LogPaused(logger, pause.Until, pause.Code);
            return tally.Result(pause, oldest: null);
        }

        var messages = await ReceiveAsync(tally, started, cancellationToken).ConfigureAwait(false);
        TimeSpan? oldest = messages.Count == 0 ? null : timeProvider.GetUtcNow() - messages.Min(m => m.Body.EnqueuedAt);

        FlushPause? stop = null;
        var acceptedByList = new Dictionary<string, Dictionary<string, QueuedContact>>(StringComparer.OrdinalIgnoreCase);
        foreach (var run in BuildRuns(messages))
        {
            if (stop is not null)
            {
                await ReleaseAsync(run.Messages, stop.Reason, tally, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (!acceptedByList.TryGetValue(run.ContactListId, out var accepted))
            {
                accepted = new Dictionary<string, QueuedContact>(StringComparer.Ordinal);
                acceptedByList.Add(run.ContactListId, accepted);
            }

            stop = await DeliverRunAsync(run, accepted, tally, started, cancellationToken).ConfigureAwait(false);
        }

        var remaining = (await storage.Queue.GetPropertiesAsync(cancellationToken).ConfigureAwait(false)).Value.ApproximateMessagesCount;
        LogTick(logger, tally.Received, tally.Delivered, tally.Poisoned, tally.Released, tally.ContactsReceived, tally.ContactsDelivered, tally.Requests,
            oldest?.TotalSeconds ?? 0, remaining);
        return tally.Result(stop, oldest);
    }

    /// <summary>
    /// Receives messages until the tick's message, contact or time bound is reached. A message that would take the
    /// tick over <see cref="ContactOutboxOptions.MaxContactsPerTick"/> is put back at once (with the rest of its
    /// receive), so the tick holds a bounded number of contacts however long the queue is.
    /// </summary>
    private async Task<List<ReceivedContactSyncMessage>> ReceiveAsync(Tally tally, long started, CancellationToken cancellationToken)
    {
        var received = new List<ReceivedContactSyncMessage>();
        var largestMessage = 0;
        var full = false;
        while (!full && received.Count < _options.MaxMessagesPerTick && timeProvider.GetElapsedTime(started) < _options.MaxTickDuration)
        {
            var room = _options.MaxContactsPerTick - tally.ContactsReceived;
            if (received.Count > 0 && room < Math.Max(1, largestMessage))
            {
                break;
            }

            // Ask for no more messages than are likely to fit, judging by the largest one so far.
            var wanted = Math.Min(ContactOutboxOptions.MaxMessagesPerReceive, _options.MaxMessagesPerTick - received.Count);
            if (largestMessage > 0)
            {
                wanted = Math.Clamp(room / largestMessage, 1, wanted);
            }

            QueueMessage[] batch = (await storage.Queue.ReceiveMessagesAsync(wanted, _options.VisibilityTimeout, cancellationToken).ConfigureAwait(false)).Value;
            List<ReceivedContactSyncMessage> overflow = [];
            foreach (var message in batch)
            {
                tally.Received++;
                var taken = await TakeAsync(message, tally, cancellationToken).ConfigureAwait(false);
                if (taken is null)
                {
                    continue;
                }

                if (full || (received.Count > 0 && tally.ContactsReceived + taken.Contacts.Count > _options.MaxContactsPerTick))
                {
                    full = true;
                    overflow.Add(taken);
                    continue;
                }

                received.Add(taken);
                tally.ContactsReceived += taken.Contacts.Count;
                largestMessage = Math.Max(largestMessage, taken.Contacts.Count);
            }

            await ReleaseAsync(overflow, reason: null, tally, cancellationToken).ConfigureAwait(false);
            if (batch.Length < wanted)
            {
                break;
            }
        }

        return received;
    }

    /// <summary>Reads a received message, or poisons it when it cannot or should not be processed.</summary>
    private async Task<ReceivedContactSyncMessage?> TakeAsync(QueueMessage message, Tally tally, CancellationToken cancellationToken)
    {
        ContactSyncMessage? body;
        try
        {
            body = JsonSerializer.Deserialize(message.Body.ToMemory().Span, OutboxJsonContext.Default.ContactSyncMessage);
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body is null || !OperationId.TryParse(body.OperationId, out _))
        {
            await PoisonRawAsync(message, "The message is not a contact-sync message and cannot be read.", tally, cancellationToken).ConfigureAwait(false);
            return null;
        }

        var unexplainedReceives = message.DequeueCount - body.Releases;
        if (unexplainedReceives > _options.MaxDequeueCount)
        {
            var reason = $"Given up after {message.DequeueCount} receives: the flush stopped {unexplainedReceives - 1} times while working on this message (crash or timeout).";
            await PoisonAsync(new ReceivedContactSyncMessage(message.MessageId, message.PopReceipt, message.DequeueCount, body, []), reason, tally, cancellationToken)
                .ConfigureAwait(false);
            return null;
        }

        var contacts = body.Contacts;
        if (body.PayloadBlob is { } blobName)
        {
            try
            {
                var download = await storage.Payloads.GetBlobClient(blobName).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
                contacts = JsonSerializer.Deserialize(download.Value.Content.ToMemory().Span, OutboxJsonContext.Default.ListQueuedContact) ?? [];
            }
            catch (RequestFailedException missing) when (missing.Status == 404)
            {
                await PoisonAsync(new ReceivedContactSyncMessage(message.MessageId, message.PopReceipt, message.DequeueCount, body, []),
                    $"The payload blob '{blobName}' of this message is missing.", tally, cancellationToken).ConfigureAwait(false);
                return null;
            }
        }

        return new ReceivedContactSyncMessage(message.MessageId, message.PopReceipt, message.DequeueCount, body, contacts);
    }

    /// <summary>
    /// Orders messages by enqueue time, groups them per contact list, and cuts each list's sequence into runs
    /// of equal write options (one request cannot mix options). Runs of a list are delivered in order.
    /// </summary>
    internal static IEnumerable<ContactSyncRun> BuildRuns(IEnumerable<ReceivedContactSyncMessage> messages)
    {
        var ordered = messages
            .OrderBy(m => m.Body.EnqueuedAt)
            .ThenBy(m => m.Body.Sequence)
            .ThenBy(m => m.Body.Part);
        foreach (var list in ordered.GroupBy(m => m.Body.ContactListId, StringComparer.OrdinalIgnoreCase))
        {
            List<ReceivedContactSyncMessage> current = [];
            foreach (var message in list)
            {
                if (current.Count > 0 && current[0].Body.Options != message.Body.Options)
                {
                    yield return new ContactSyncRun(list.Key, current[0].Body.Options, current);
                    current = [];
                }

                current.Add(message);
            }

            if (current.Count > 0)
            {
                yield return new ContactSyncRun(list.Key, current[0].Body.Options, current);
            }
        }
    }

    /// <summary>
    /// Delivers a run; returns the pause to apply when the tick has to stop. <paramref name="accepted"/> holds the timed
    /// values of the run's contact list that Genesys accepted earlier in this tick, and gains the ones accepted now.
    /// </summary>
    /// <remarks>
    /// Only <see cref="GenesysApiException"/> (the client's only failure type) is handled here. Anything else is a
    /// bug or a storage failure: it ends the tick, the messages come back after their visibility timeout (whole:
    /// nothing was deleted, so no stale value can overtake a newer one), and a message that keeps doing that is
    /// poisoned by the dequeue limit.
    /// </remarks>
    private async Task<FlushPause?> DeliverRunAsync(
        ContactSyncRun run, Dictionary<string, QueuedContact> accepted, Tally tally, long started, CancellationToken cancellationToken)
    {
        var failure = await WriteAsync(run.ContactListId, run.Messages, run.Options, accepted, tally, started, cancellationToken).ConfigureAwait(false);
        if (failure is null)
        {
            // Everything was sent, or the tick's request budget or time ran out: the rest waits for the next tick.
            await SettleAsync(run.Messages, reason: null, tally, cancellationToken).ConfigureAwait(false);
            return null;
        }

        var reason = GenesysFailureClassifier.Describe(failure);
        List<ReceivedContactSyncMessage> done = [.. run.Messages.Where(m => m.FullyDelivered)];
        List<ReceivedContactSyncMessage> pending = [.. run.Messages.Where(m => !m.FullyDelivered)];
        switch (GenesysFailureClassifier.Classify(failure))
        {
            case GenesysFailureKind.RateLimited:
            case GenesysFailureKind.Transient:
                var pause = await PauseAsync(run.ContactListId, pending.Count, failure, reason, cancellationToken).ConfigureAwait(false);
                await SettleAsync(run.Messages, reason, tally, cancellationToken).ConfigureAwait(false);
                return pause;
            case GenesysFailureKind.ListMissing:
                LogWriteFailedPermanent(logger, failure, run.ContactListId, pending.Count, reason);
                foreach (var message in pending)
                {
                    await PoisonAsync(message, reason, tally, cancellationToken).ConfigureAwait(false);
                }

                await CompleteAllAsync(done, tally, cancellationToken).ConfigureAwait(false);
                return null;
            default:
                LogWriteFailedPermanent(logger, failure, run.ContactListId, pending.Count, reason);
                FlushPause? stop = null;
                if (pending.Count == 1)
                {
                    await PoisonAsync(pending[0], reason, tally, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    stop = await DeliverOneByOneAsync(run.ContactListId, pending, run.Options, accepted, tally, started, cancellationToken).ConfigureAwait(false);
                }

                await CompleteAllAsync(done, tally, cancellationToken).ConfigureAwait(false);
                return stop;
        }
    }

    /// <summary>
    /// After Genesys refused a merged write, finds the culprits: each unfinished message alone, in enqueue order, so a
    /// later write still replaces an earlier one, and a value older than one accepted before it is skipped (see
    /// <paramref name="accepted"/>). Only messages that fail alone are poisoned.
    /// </summary>
    private async Task<FlushPause?> DeliverOneByOneAsync(
        string contactListId,
        IReadOnlyList<ReceivedContactSyncMessage> pending,
        QueuedWriteOptions writeOptions,
        Dictionary<string, QueuedContact> accepted,
        Tally tally,
        long started,
        CancellationToken cancellationToken)
    {
        for (var index = 0; index < pending.Count; index++)
        {
            var message = pending[index];
            var failure = await WriteAsync(contactListId, [message], writeOptions, accepted, tally, started, cancellationToken).ConfigureAwait(false);
            if (failure is null)
            {
                if (message.FullyDelivered)
                {
                    await CompleteAsync(message, tally, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                // The tick's request budget or time ran out: this message and the ones after it wait for the next tick.
                await ReleaseAsync([.. pending.Skip(index)], reason: null, tally, cancellationToken).ConfigureAwait(false);
                return null;
            }

            var reason = GenesysFailureClassifier.Describe(failure);
            if (GenesysFailureClassifier.Classify(failure) is GenesysFailureKind.RateLimited or GenesysFailureKind.Transient)
            {
                var pause = await PauseAsync(contactListId, pending.Count - index, failure, reason, cancellationToken).ConfigureAwait(false);
                await ReleaseAsync([.. pending.Skip(index)], reason, tally, cancellationToken).ConfigureAwait(false);
                return pause;
            }

            await PoisonAsync(message, reason, tally, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    /// <summary>Pauses the flush (429: until Retry-After; otherwise <see cref="ContactOutboxOptions.FailurePause"/>).</summary>
    private async Task<FlushPause> PauseAsync(string contactListId, int waitingMessages, GenesysApiException failure, string reason, CancellationToken cancellationToken)
    {
        var wait = failure.ErrorCode == GenesysErrorCodes.RateLimited
            ? failure.RetryAfter is { } retryAfter && retryAfter > TimeSpan.Zero ? retryAfter : ContactOutboxOptions.DefaultRateLimitPause
            : _options.FailurePause;
        var pause = new FlushPause(timeProvider.GetUtcNow() + wait, failure.ErrorCode, reason);
        LogWriteFailedTransient(logger, failure, contactListId, waitingMessages, pause.Until, reason);
        await pauses.SetAsync(pause, cancellationToken).ConfigureAwait(false);
        return pause;
    }

    /// <summary>
    /// Merges the messages' contacts (per id the winning value, see the class remarks) and writes them in request-sized
    /// chunks while the tick's request budget and time last. Afterwards every message holds only its contacts that
    /// are not delivered yet. Returns the Genesys failure that stopped the write, or null.
    /// </summary>
    /// <remarks>
    /// <c>accepted</c> holds, per contact id, the value with a <see cref="QueuedContact.ModifiedAt"/> that Genesys holds
    /// from earlier in the tick. The merge starts from it, as if it were the first value written, so when it still wins
    /// the id is not sent and counts as delivered. The values accepted now replace it. (A value without a time loses to
    /// any later write, so it needs no entry; accepting one removes the id's entry.)
    /// </remarks>
    private async Task<GenesysApiException?> WriteAsync(
        string contactListId,
        IReadOnlyList<ReceivedContactSyncMessage> messages,
        QueuedWriteOptions writeOptions,
        Dictionary<string, QueuedContact> accepted,
        Tally tally,
        long started,
        CancellationToken cancellationToken)
    {
        // Messages come in enqueue order, after what Genesys accepted earlier in the tick: a value replaces the one
        // before it unless that one is the newer record, so each id is sent once, with its winning value, in exactly
        // one chunk.
        var merged = new Dictionary<string, QueuedContact>(StringComparer.Ordinal);
        foreach (var message in messages)
        {
            foreach (var contact in message.Contacts)
            {
                if (!merged.TryGetValue(contact.Id, out var current))
                {
                    accepted.TryGetValue(contact.Id, out current);
                }

                merged[contact.Id] = current is null || contact.Supersedes(current) ? contact : current;
            }
        }

        // An id whose winner is the value Genesys already holds needs no request: it is delivered.
        var delivered = new HashSet<string>(StringComparer.Ordinal);
        if (accepted.Count > 0)
        {
            foreach (var (id, winner) in merged)
            {
                if (accepted.TryGetValue(id, out var held) && ReferenceEquals(winner, held))
                {
                    delivered.Add(id);
                }
            }

            foreach (var id in delivered)
            {
                merged.Remove(id);
            }
        }

        GenesysApiException? failure = null;
        var genesysOptions = new ContactWriteOptions(writeOptions.Priority, writeOptions.ClearSystemData, writeOptions.DoNotQueue);
        foreach (var chunk in Chunk(merged.Values))
        {
            if (!HasRoomForAnotherRequest(tally, started))
            {
                break;
            }

            tally.Requests++;
            try
            {
                await genesys.AddContactsAsync(contactListId, ToWritable(chunk, contactListId), genesysOptions, cancellationToken).ConfigureAwait(false);
            }
            catch (GenesysApiException refused)
            {
                failure = refused;
                break;
            }

            tally.ContactsDelivered += chunk.Count;
            foreach (var contact in chunk)
            {
                delivered.Add(contact.Id);
                if (contact.ModifiedAt is null)
                {
                    accepted.Remove(contact.Id);
                }
                else
                {
                    accepted[contact.Id] = contact;
                }
            }
        }

        foreach (var message in messages)
        {
            message.RemoveDelivered(delivered);
        }

        return failure;
    }

    /// <summary>
    /// Within the tick's request budget, and early enough that the messages are finished before their visibility
    /// timeout hands them to another reader.
    /// </summary>
    private bool HasRoomForAnotherRequest(Tally tally, long started)
        => tally.Requests < _options.MaxRequestsPerTick && timeProvider.GetElapsedTime(started) <= _options.VisibilityTimeout / 2;

    private static IEnumerable<List<QueuedContact>> Chunk(IEnumerable<QueuedContact> contacts)
    {
        var chunk = new List<QueuedContact>();
        var bytes = 0;
        foreach (var contact in contacts)
        {
            // The request carries the id and columns only, not the queued modification time.
            var sent = contact.ModifiedAt is null ? contact : contact with { ModifiedAt = null };
            var size = JsonSerializer.SerializeToUtf8Bytes(sent, OutboxJsonContext.Default.QueuedContact).Length + PerContactRequestOverhead;
            if (chunk.Count > 0 && (chunk.Count == MaxContactsPerRequest || bytes + size > MaxRequestBytes))
            {
                yield return chunk;
                chunk = [];
                bytes = 0;
            }

            chunk.Add(contact);
            bytes += size;
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }

    private static List<WritableDialerContact> ToWritable(List<QueuedContact> chunk, string contactListId)
        => [.. chunk.Select(contact => new WritableDialerContact
        {
            Id = contact.Id,
            ContactListId = contactListId,
            Data = new Dictionary<string, string>(contact.Data, StringComparer.Ordinal),
        })];

    /// <summary>
    /// Ends a write: puts back the unfinished messages first, then completes the finished ones (see the class remarks
    /// for why in this order).
    /// </summary>
    private async Task SettleAsync(IReadOnlyList<ReceivedContactSyncMessage> messages, string? reason, Tally tally, CancellationToken cancellationToken)
    {
        await ReleaseAsync([.. messages.Where(m => !m.FullyDelivered)], reason, tally, cancellationToken).ConfigureAwait(false);
        await CompleteAllAsync([.. messages.Where(m => m.FullyDelivered)], tally, cancellationToken).ConfigureAwait(false);
    }

    private async Task CompleteAllAsync(IReadOnlyList<ReceivedContactSyncMessage> messages, Tally tally, CancellationToken cancellationToken)
    {
        foreach (var message in messages)
        {
            await CompleteAsync(message, tally, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Genesys accepted the message's contacts: record it, then delete it (a crash in between only repeats an idempotent write).</summary>
    private async Task CompleteAsync(ReceivedContactSyncMessage message, Tally tally, CancellationToken cancellationToken)
    {
        var body = message.Body;
        await operations.RecordDeliveredAsync(body.OperationId, body.Part, body.ContactCount, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await DeleteAsync(message, deletePayload: true, cancellationToken).ConfigureAwait(false);
        tally.Delivered++;
    }

    /// <summary>
    /// Puts a message back for a later tick, holding only its undelivered contacts; a <paramref name="reason"/> is
    /// recorded on the operation.
    /// </summary>
    private async Task ReleaseAsync(IReadOnlyList<ReceivedContactSyncMessage> messages, string? reason, Tally tally, CancellationToken cancellationToken)
    {
        foreach (var message in messages)
        {
            var remaining = await RemainingAsync(message, cancellationToken).ConfigureAwait(false);
            var body = remaining with
            {
                Releases = message.Body.Releases + 1,
                LastFailure = reason is null ? message.Body.LastFailure : Truncate(reason),
            };
            if (reason is not null)
            {
                await operations.RecordRetryingAsync(body.OperationId, body.Part, body.ContactCount, $"Will retry: {reason}", timeProvider.GetUtcNow(), cancellationToken)
                    .ConfigureAwait(false);
            }

            // Visible again at once: the pause row, not the visibility timeout, keeps the next ticks away.
            var receipt = await storage.Queue.UpdateMessageAsync(
                message.MessageId,
                message.PopReceipt,
                BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(body, OutboxJsonContext.Default.ContactSyncMessage)),
                TimeSpan.Zero,
                cancellationToken).ConfigureAwait(false);
            message.PopReceipt = receipt.Value.PopReceipt;
            tally.Released++;
        }
    }

    /// <summary>
    /// The message's body holding only the contacts still to deliver: inline, or by rewriting its payload blob
    /// (before the message itself changes, so the message never points at more than is left).
    /// </summary>
    private async Task<ContactSyncMessage> RemainingAsync(ReceivedContactSyncMessage message, CancellationToken cancellationToken)
    {
        if (!message.PartlyDelivered)
        {
            return message.Body;
        }

        if (message.Body.PayloadBlob is { } blobName)
        {
            var payload = JsonSerializer.SerializeToUtf8Bytes([.. message.Contacts], OutboxJsonContext.Default.ListQueuedContact);
            await storage.Payloads.GetBlobClient(blobName).UploadAsync(BinaryData.FromBytes(payload), overwrite: true, cancellationToken).ConfigureAwait(false);
            return message.Body;
        }

        return message.Body with { Contacts = message.Contacts };
    }

    private async Task PoisonAsync(ReceivedContactSyncMessage message, string reason, Tally tally, CancellationToken cancellationToken)
    {
        var body = await RemainingAsync(message, cancellationToken).ConfigureAwait(false);
        var now = timeProvider.GetUtcNow();
        var poisoned = new PoisonedContactSyncMessage(Truncate(reason), now, message.DequeueCount, body);
        await storage.PoisonQueue.SendMessageAsync(
            BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(poisoned, OutboxJsonContext.Default.PoisonedContactSyncMessage)),
            visibilityTimeout: null,
            timeToLive: NeverExpires,
            cancellationToken).ConfigureAwait(false);
        await operations.RecordFailedAsync(body.OperationId, body.Part, body.ContactCount, reason, now, cancellationToken).ConfigureAwait(false);

        // The payload blob stays: the poison message still references it.
        await DeleteAsync(message, deletePayload: false, cancellationToken).ConfigureAwait(false);
        tally.Poisoned++;
        LogPoisoned(logger, body.OperationId, body.Part, body.ContactListId, reason);
    }

    /// <summary>Moves a message that cannot even be read to the poison queue as it is.</summary>
    private async Task PoisonRawAsync(QueueMessage message, string reason, Tally tally, CancellationToken cancellationToken)
    {
        await storage.PoisonQueue.SendMessageAsync(message.Body, visibilityTimeout: null, timeToLive: NeverExpires, cancellationToken).ConfigureAwait(false);
        await storage.Queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken).ConfigureAwait(false);
        tally.Poisoned++;
        LogPoisoned(logger, "unknown", 0, "unknown", reason);
    }

    private async Task DeleteAsync(ReceivedContactSyncMessage message, bool deletePayload, CancellationToken cancellationToken)
    {
        try
        {
            await storage.Queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException gone) when (gone.Status == 404)
        {
            // Already deleted, or its visibility ran out and another reader has it: that reader finishes it.
            LogDeleteLost(logger, message.Body.OperationId, message.Body.Part);
            return;
        }

        if (deletePayload && message.Body.PayloadBlob is { } blobName)
        {
            await storage.Payloads.GetBlobClient(blobName).DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Truncate(string reason)
        => reason.Length <= ContactSyncMessageSplitter.MaxFailureReasonLength ? reason : reason[..ContactSyncMessageSplitter.MaxFailureReasonLength];

    [LoggerMessage(Level = LogLevel.Information, Message = "Contact outbox flush paused until {PausedUntil:o} ({Code})")]
    private static partial void LogPaused(ILogger logger, DateTimeOffset pausedUntil, string code);

    [LoggerMessage(Level = LogLevel.Information, Message = "Contact outbox flush: received {Received}, delivered {Delivered}, poisoned {Poisoned}, released {Released} messages; held {ContactsHeld} contacts, delivered {Contacts} in {Requests} requests; oldest message {LagSeconds:F0} s old; about {Remaining} messages left")]
    private static partial void LogTick(ILogger logger, int received, int delivered, int poisoned, int released, int contactsHeld, int contacts, int requests, double lagSeconds, int remaining);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing {Messages} queued messages to contact list {ContactListId} failed; the flush pauses until {PausedUntil:o} and the messages wait: {Reason}")]
    private static partial void LogWriteFailedTransient(ILogger logger, Exception exception, string contactListId, int messages, DateTimeOffset pausedUntil, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Genesys refused the queued contacts of {Messages} messages for contact list {ContactListId}: {Reason}")]
    private static partial void LogWriteFailedPermanent(ILogger logger, Exception exception, string contactListId, int messages, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Moved part {Part} of operation {OperationId} (contact list {ContactListId}) to the poison queue: {Reason}")]
    private static partial void LogPoisoned(ILogger logger, string operationId, int part, string contactListId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Part {Part} of operation {OperationId} was delivered but could not be deleted (its receipt expired); it will be delivered again")]
    private static partial void LogDeleteLost(ILogger logger, string operationId, int part);

    private sealed class Tally
    {
        public int Received { get; set; }

        public int Delivered { get; set; }

        public int Poisoned { get; set; }

        public int Released { get; set; }

        public int ContactsReceived { get; set; }

        public int ContactsDelivered { get; set; }

        public int Requests { get; set; }

        public FlushResult Result(FlushPause? pause, TimeSpan? oldest)
            => new(Received, Delivered, Poisoned, Released, ContactsReceived, ContactsDelivered, Requests, pause?.Until, pause?.Reason, oldest);
    }
}
