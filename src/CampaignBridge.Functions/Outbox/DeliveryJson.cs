using System.Text.Json.Serialization.Metadata;

namespace CampaignBridge.Functions.Outbox;

/// <summary>The source-generated JSON metadata a delivery lane stores its messages, payload blobs and poison entries with.</summary>
internal sealed record DeliveryJson<TItem, TMessage>(
    JsonTypeInfo<TMessage> Message,
    JsonTypeInfo<TItem> Item,
    JsonTypeInfo<List<TItem>> Items,
    JsonTypeInfo<PoisonedDeliveryMessage<TMessage>> Poisoned)
    where TMessage : class, IDeliveryMessage<TItem, TMessage>;
