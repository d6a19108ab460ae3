namespace CampaignBridge.Functions.Outbox;

/// <summary>A message taken from the queue for this tick, with its contacts loaded (from the blob if needed).</summary>
internal sealed class ReceivedContactSyncMessage(string messageId, string popReceipt, long dequeueCount, ContactSyncMessage body, IReadOnlyList<QueuedContact> contacts)
{
    public string MessageId { get; } = messageId;

    /// <summary>Changes when the message is updated; the latest one is needed to delete it.</summary>
    public string PopReceipt { get; set; } = popReceipt;

    public long DequeueCount { get; } = dequeueCount;

    public ContactSyncMessage Body { get; } = body;

    public IReadOnlyList<QueuedContact> Contacts { get; } = contacts;
}
