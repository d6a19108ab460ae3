namespace CampaignBridge.Functions.Outbox;

/// <summary>A message taken from the queue for this tick, with its contacts loaded (from the blob if needed).</summary>
internal sealed class ReceivedContactSyncMessage(string messageId, string popReceipt, long dequeueCount, ContactSyncMessage body, IReadOnlyList<QueuedContact> contacts)
{
    public string MessageId { get; } = messageId;

    /// <summary>Changes when the message is updated; the latest one is needed to delete it.</summary>
    public string PopReceipt { get; set; } = popReceipt;

    public long DequeueCount { get; } = dequeueCount;

    public ContactSyncMessage Body { get; } = body;

    /// <summary>The contacts still to deliver: what was received, less what Genesys accepted this tick.</summary>
    public IReadOnlyList<QueuedContact> Contacts { get; private set; } = contacts;

    /// <summary>Some contacts were delivered this tick: a put-back message must carry only <see cref="Contacts"/>.</summary>
    public bool PartlyDelivered { get; private set; }

    /// <summary>Every contact of the message is delivered: it can be completed.</summary>
    public bool FullyDelivered => Contacts.Count == 0;

    /// <summary>
    /// Drops the contacts whose id is in <paramref name="delivered"/>: the ids whose winning value (the newest record,
    /// else the last written) Genesys accepted this tick. See <see cref="ContactOutboxFlusher"/> for why that is the rule.
    /// </summary>
    public void RemoveDelivered(IReadOnlySet<string> delivered)
    {
        ArgumentNullException.ThrowIfNull(delivered);
        if (delivered.Count == 0 || Contacts.Count == 0)
        {
            return;
        }

        var remaining = Contacts.Where(contact => !delivered.Contains(contact.Id)).ToList();
        if (remaining.Count != Contacts.Count)
        {
            Contacts = remaining;
            PartlyDelivered = true;
        }
    }
}
