namespace CampaignBridge.Functions.Outbox;

/// <summary>What one flush tick of a lane did (also logged).</summary>
/// <param name="Received">Messages taken from the queue.</param>
/// <param name="Delivered">Messages whose items are all done (deleted from the queue).</param>
/// <param name="Poisoned">Messages moved to the poison queue.</param>
/// <param name="Released">Messages put back for a later tick.</param>
/// <param name="ItemsReceived">Items held by the tick (at most <see cref="DeliveryBounds.MaxItemsPerTick"/>, unless one message alone is larger).</param>
/// <param name="ItemsDelivered">Items the target accepted, after merging.</param>
/// <param name="ItemsRefused">Items the target refused for good (moved to the poison queue with the reason).</param>
/// <param name="Requests">Write requests made.</param>
/// <param name="PausedUntil">Set when the lane is paused (before or because of this tick).</param>
/// <param name="PauseReason">Why it is paused.</param>
/// <param name="OldestMessageAge">Age of the oldest message taken (the lane's lag), if any was taken.</param>
internal sealed record FlushResult(
    int Received,
    int Delivered,
    int Poisoned,
    int Released,
    int ItemsReceived,
    int ItemsDelivered,
    int ItemsRefused,
    int Requests,
    DateTimeOffset? PausedUntil,
    string? PauseReason,
    TimeSpan? OldestMessageAge);
