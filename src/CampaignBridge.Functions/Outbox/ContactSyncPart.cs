namespace CampaignBridge.Functions.Outbox;

/// <summary>The contacts of one queue message, and whether they are too large to travel inside it.</summary>
internal sealed record ContactSyncPart(IReadOnlyList<QueuedContact> Contacts, bool StoreInBlob);
