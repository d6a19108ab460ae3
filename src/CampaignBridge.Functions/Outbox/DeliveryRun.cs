namespace CampaignBridge.Functions.Outbox;

/// <summary>Consecutive messages of one group written alike (<see cref="Batch"/> shows how): merged into one write.</summary>
internal sealed record DeliveryRun<TItem, TMessage>(string Group, TMessage Batch, IReadOnlyList<ReceivedDeliveryMessage<TItem, TMessage>> Messages)
    where TMessage : class, IDeliveryMessage<TItem, TMessage>;
