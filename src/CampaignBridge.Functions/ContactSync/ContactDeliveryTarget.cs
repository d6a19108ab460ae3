using CampaignBridge.Functions.Outbox;
using CampaignBridge.Genesys;

namespace CampaignBridge.Functions.ContactSync;

/// <summary>
/// The contact outbox's target: Genesys contact lists. A request writes up to 1000 contacts of one list (add contacts,
/// upsert by id) and Genesys takes or refuses it whole.
/// </summary>
internal sealed class ContactDeliveryTarget(IGenesysOutboundClient genesys) : IDeliveryTarget<QueuedContact, ContactSyncMessage>
{
    /// <summary>Contacts per add-contacts request (the Genesys limit).</summary>
    public const int MaxContactsPerRequest = GenesysOutboundLimits.MaxContactsPerAdd;

    /// <summary>Estimated body bytes per request, below Genesys' 512,000-byte request limit.</summary>
    public const int MaxRequestBytes = 400_000;

    /// <summary>Per-contact JSON the client adds to what the outbox stores (<c>contactListId</c>, punctuation).</summary>
    private const int PerContactRequestOverhead = 64;

    public string Name => "Genesys Cloud";

    public string KeyOf(QueuedContact item) => item.Id;

    public DateTimeOffset? ModifiedAtOf(QueuedContact item) => item.ModifiedAt;

    public IEnumerable<IReadOnlyList<QueuedContact>> Chunk(IEnumerable<QueuedContact> items)
    {
        var chunk = new List<QueuedContact>();
        var bytes = 0;
        foreach (var contact in items)
        {
            // The request carries the id and columns only, not the queued modification time.
            var sent = contact.ModifiedAt is null ? contact : contact with { ModifiedAt = null };
            var size = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(sent, ContactSyncJsonContext.Default.QueuedContact).Length + PerContactRequestOverhead;
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

    public async Task<IReadOnlyList<ItemOutcome>> WriteAsync(ContactSyncMessage batch, IReadOnlyList<QueuedContact> chunk, CancellationToken cancellationToken)
    {
        var options = batch.Options;
        var contacts = chunk.Select(contact => new WritableDialerContact
        {
            Id = contact.Id,
            ContactListId = batch.ContactListId,
            Data = new Dictionary<string, string>(contact.Data, StringComparer.Ordinal),
        }).ToList();
        await genesys.AddContactsAsync(batch.ContactListId, contacts, new ContactWriteOptions(options.Priority, options.ClearSystemData, options.DoNotQueue), cancellationToken)
            .ConfigureAwait(false);
        return [.. Enumerable.Repeat(ItemOutcome.Delivered, chunk.Count)];
    }

    public bool IsTargetFailure(Exception exception) => exception is GenesysApiException;

    public DeliveryFailure Classify(Exception exception)
    {
        var failure = (GenesysApiException)exception;
        var kind = failure.ErrorCode switch
        {
            GenesysErrorCodes.RateLimited => DeliveryFailureKind.RateLimited,
            GenesysErrorCodes.NotFound => DeliveryFailureKind.GroupMissing,
            GenesysErrorCodes.InvalidContactColumns or GenesysErrorCodes.BadRequest => DeliveryFailureKind.Permanent,

            // Credentials, permissions, conflicts, 5xx, timeouts: an administrator or time fixes these, and the data is
            // fine, so the messages stay queued.
            _ => DeliveryFailureKind.Transient,
        };
        return new DeliveryFailure(kind, failure.ErrorCode, Describe(failure), failure.RetryAfter);
    }

    /// <summary>A short reason for the operation and logs: the stable code, the message and the admin hint.</summary>
    public static string Describe(GenesysApiException exception) => string.IsNullOrEmpty(exception.Hint)
        ? $"{exception.ErrorCode}: {exception.Message}"
        : $"{exception.ErrorCode}: {exception.Message} {exception.Hint}";
}
