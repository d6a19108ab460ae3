namespace CampaignBridge.Functions.Outbox;

/// <summary>The items of one queue message, and whether they are too large to travel inside it.</summary>
internal sealed record DeliveryPart<TItem>(IReadOnlyList<TItem> Items, bool StoreInBlob);
