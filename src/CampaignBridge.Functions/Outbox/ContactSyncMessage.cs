namespace CampaignBridge.Functions.Outbox;

/// <summary>
/// The body of one <c>contact-sync</c> queue message: a part of an operation's contact writes for one
/// contact list. Either <see cref="Contacts"/> holds the writes or, when a single contact is too large for a
/// queue message, <see cref="PayloadBlob"/> names the blob that does.
/// </summary>
internal sealed record ContactSyncMessage
{
    public required string OperationId { get; init; }

    public required string ContactListId { get; init; }

    /// <summary>The part number within the operation (0-based); the operation records each part's outcome once.</summary>
    public required int Part { get; init; }

    /// <summary>
    /// When the writer enqueued it; with <see cref="Sequence"/> the order "last write wins" follows (unless the
    /// values carry <see cref="QueuedContact.ModifiedAt"/>: then the newer record wins).
    /// </summary>
    public required DateTimeOffset EnqueuedAt { get; init; }

    /// <summary>Breaks ties between messages enqueued in the same instant by the same instance.</summary>
    public required long Sequence { get; init; }

    public QueuedWriteOptions Options { get; init; } = QueuedWriteOptions.Default;

    public IReadOnlyList<QueuedContact> Contacts { get; init; } = [];

    /// <summary>
    /// Number of contacts the part was queued with (also when they are in <see cref="PayloadBlob"/>); what the operation
    /// counts as delivered once the part is done. It stays when a partly delivered part is put back with only the
    /// contacts Genesys has not accepted yet (<see cref="Contacts"/> or the blob then hold fewer).
    /// </summary>
    public required int ContactCount { get; init; }

    public string? PayloadBlob { get; init; }

    /// <summary>
    /// Receives that ended with the flusher deliberately putting the message back (a transient Genesys failure,
    /// a rate-limit pause, or the tick running out of time). Only the other receives count toward the poison limit.
    /// </summary>
    public int Releases { get; init; }

    public string? LastFailure { get; init; }
}
