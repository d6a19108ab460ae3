namespace CampaignBridge.Functions.Outbox;

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
    /// Whether this value, written after <paramref name="earlier"/> for the same contact, replaces it: yes, unless
    /// both carry a <see cref="ModifiedAt"/> and the earlier one's is later (Salesforce delivers Outbound Messages
    /// out of order, so the newer record wins). Equal times, or a value without a time, keep "the later write wins".
    /// </summary>
    public bool Supersedes(QueuedContact earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        return earlier.ModifiedAt is not { } earlierModifiedAt || ModifiedAt is not { } modifiedAt || modifiedAt >= earlierModifiedAt;
    }
}
