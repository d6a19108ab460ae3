using System.Text.Json.Serialization;
using CampaignBridge.Functions.Outbox;

namespace CampaignBridge.Functions.ContactSync;

/// <summary>
/// The body of one <c>contact-sync</c> queue message: a part of an operation's contact writes for one contact list.
/// Either <see cref="Contacts"/> holds the writes or, when a single contact is too large for a queue message,
/// <see cref="PayloadBlob"/> names the blob that does. The JSON names are those of every earlier version.
/// </summary>
internal sealed record ContactSyncMessage : IDeliveryMessage<QueuedContact, ContactSyncMessage>
{
    public required string OperationId { get; init; }

    public required string ContactListId { get; init; }

    /// <summary>The part number within the operation (0-based); the operation records each part's outcome once.</summary>
    public required int Part { get; init; }

    /// <summary>
    /// When the writer enqueued it; with <see cref="Sequence"/> the order "last write wins" follows (unless the values
    /// carry <see cref="QueuedContact.ModifiedAt"/>: then the newer record wins).
    /// </summary>
    public required DateTimeOffset EnqueuedAt { get; init; }

    /// <summary>Breaks ties between messages enqueued in the same instant by the same instance.</summary>
    public required long Sequence { get; init; }

    public QueuedWriteOptions Options { get => field ?? QueuedWriteOptions.Default; init; }

    public IReadOnlyList<QueuedContact> Contacts { get => field ?? []; init; }

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

    /// <summary>Contacts of this part refused one by one (Genesys refuses whole requests, so this stays 0 today).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int Refused { get; init; }

    string IDeliveryMessage<QueuedContact, ContactSyncMessage>.Group => ContactListId;

    IReadOnlyList<QueuedContact> IDeliveryMessage<QueuedContact, ContactSyncMessage>.Items => Contacts;

    int IDeliveryMessage<QueuedContact, ContactSyncMessage>.ItemCount => ContactCount;

    public bool WritesLike(ContactSyncMessage other) => Options == other.Options;

    public ContactSyncMessage WithItems(IReadOnlyList<QueuedContact> items) => this with { Contacts = items };

    public ContactSyncMessage Released(string? failure) => this with { Releases = Releases + 1, LastFailure = failure ?? LastFailure };

    public ContactSyncMessage WithMoreRefused(int count) => this with { Refused = Refused + count };

    public ContactSyncMessage ForPart(string operationId, int part, DateTimeOffset enqueuedAt, long sequence, IReadOnlyList<QueuedContact> items, int itemCount, string? payloadBlob)
        => this with
        {
            OperationId = operationId,
            Part = part,
            EnqueuedAt = enqueuedAt,
            Sequence = sequence,
            Contacts = items,
            ContactCount = itemCount,
            PayloadBlob = payloadBlob,
            Releases = 0,
            LastFailure = null,
            Refused = 0,
        };

    public ContactSyncMessage WorstCaseEnvelope(int maxFailureLength) => this with
    {
        Contacts = [],
        ContactCount = int.MaxValue,
        Part = int.MaxValue,
        Sequence = long.MaxValue,
        Releases = int.MaxValue,
        Refused = int.MaxValue,
        LastFailure = new string('x', maxFailureLength),
    };
}
