namespace CampaignBridge.Functions.Outbox;

/// <summary>What one flush tick did (also logged).</summary>
/// <param name="Received">Messages taken from the queue.</param>
/// <param name="Delivered">Messages whose contacts Genesys accepted (deleted from the queue).</param>
/// <param name="Poisoned">Messages moved to the poison queue.</param>
/// <param name="Released">Messages put back for a later tick.</param>
/// <param name="ContactsReceived">Contacts held by the tick (at most <see cref="ContactOutboxOptions.MaxContactsPerTick"/>, unless one message alone is larger).</param>
/// <param name="ContactsDelivered">Contacts written to Genesys after merging.</param>
/// <param name="Requests">Add-contacts calls made.</param>
/// <param name="PausedUntil">Set when the flush is paused (before or because of this tick).</param>
/// <param name="PauseReason">Why it is paused.</param>
/// <param name="OldestMessageAge">Age of the oldest message taken (the outbox lag), if any was taken.</param>
internal sealed record FlushResult(
    int Received,
    int Delivered,
    int Poisoned,
    int Released,
    int ContactsReceived,
    int ContactsDelivered,
    int Requests,
    DateTimeOffset? PausedUntil,
    string? PauseReason,
    TimeSpan? OldestMessageAge);
