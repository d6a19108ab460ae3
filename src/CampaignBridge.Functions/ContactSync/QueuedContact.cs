using CampaignBridge.Functions.Outbox;

namespace CampaignBridge.Functions.ContactSync;

/// <summary>One contact write waiting in the outbox: the contact id (the Salesforce record id) and its columns.</summary>
internal sealed record QueuedContact(string Id, IReadOnlyDictionary<string, string> Data)
{
    /// <summary>
    /// When Salesforce last modified the record (an Outbound Message's <c>SystemModstamp</c>), or null: writes from
    /// <c>UpsertContacts</c>, records without the field, and messages queued before the field existed (the JSON
    /// property <c>modifiedAt</c> is optional and omitted when null).
    /// </summary>
    public DateTimeOffset? ModifiedAt { get; init; }

    /// <summary>
    /// Whether this value, written after <paramref name="earlier"/> for the same contact, replaces it (see
    /// <see cref="DeliveryOrder.Supersedes"/>: the newer record wins when both carry a time, else the later write).
    /// </summary>
    public bool Supersedes(QueuedContact earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        return DeliveryOrder.Supersedes(ModifiedAt, earlier.ModifiedAt);
    }
}
