namespace CampaignBridge.Functions.Outbox;

/// <summary>
/// One queue message of a delivery lane: a part of an operation's items for one <see cref="Group"/> (a Genesys contact
/// list, a Salesforce org). Either <see cref="Items"/> holds them or, when a single item is too large for a queue
/// message, <see cref="PayloadBlob"/> names the blob that does. Each direction keeps its own record type (and so its own
/// JSON names); the engine only needs these members.
/// </summary>
/// <typeparam name="TItem">What is delivered (a contact write, a call attempt).</typeparam>
/// <typeparam name="TMessage">The direction's message record.</typeparam>
internal interface IDeliveryMessage<TItem, TMessage>
    where TMessage : class, IDeliveryMessage<TItem, TMessage>
{
    string OperationId { get; }

    /// <summary>What the items are written to; items of one group can share a request.</summary>
    string Group { get; }

    /// <summary>The part number within the operation (0-based); the operation records each part's outcome once.</summary>
    int Part { get; }

    /// <summary>When the writer enqueued it; with <see cref="Sequence"/> the order "last write wins" follows.</summary>
    DateTimeOffset EnqueuedAt { get; }

    /// <summary>Breaks ties between messages enqueued in the same instant by the same instance.</summary>
    long Sequence { get; }

    IReadOnlyList<TItem> Items { get; }

    /// <summary>Items the part was queued with (also when they are in <see cref="PayloadBlob"/>); what the operation counts.</summary>
    int ItemCount { get; }

    string? PayloadBlob { get; }

    /// <summary>Receives that ended with the flusher deliberately putting the message back; they do not count toward the poison limit.</summary>
    int Releases { get; }

    string? LastFailure { get; }

    /// <summary>Items of this part the target refused for good (already in the poison queue and on the operation).</summary>
    int Refused { get; }

    /// <summary>Whether <paramref name="other"/> is written with the same request options, so both can share a request.</summary>
    bool WritesLike(TMessage other);

    /// <summary>This message holding <paramref name="items"/> inline.</summary>
    TMessage WithItems(IReadOnlyList<TItem> items);

    /// <summary>This message put back once more, remembering <paramref name="failure"/> when one is given.</summary>
    TMessage Released(string? failure);

    /// <summary>This message with <paramref name="count"/> more of its items refused for good.</summary>
    TMessage WithMoreRefused(int count);

    /// <summary>Part <paramref name="part"/> of operation <paramref name="operationId"/>, from this message as a template.</summary>
    TMessage ForPart(string operationId, int part, DateTimeOffset enqueuedAt, long sequence, IReadOnlyList<TItem> items, int itemCount, string? payloadBlob);

    /// <summary>The template with the largest bookkeeping a message can ever carry, to measure the envelope's size.</summary>
    TMessage WorstCaseEnvelope(int maxFailureLength);
}
