namespace CampaignBridge.Functions.Outbox;

/// <summary>
/// One direction's durable delivery lane: its storage, bounds, JSON, operations and pause. The engine classes
/// (<see cref="DeliveryOutbox{TItem, TMessage}"/>, <see cref="DeliveryFlusher{TItem, TMessage}"/>) work on a lane.
/// </summary>
internal sealed class DeliveryLane<TItem, TMessage>
    where TMessage : class, IDeliveryMessage<TItem, TMessage>
{
    public DeliveryLane(string name, DeliveryStorage storage, DeliveryBounds bounds, DeliveryJson<TItem, TMessage> json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Storage = storage;
        Bounds = bounds;
        Json = json;
        Operations = new DeliveryOperationStore(storage);
        Pauses = new DeliveryPauseStore(storage, name);
    }

    /// <summary>The lane's name in logs and its pause row (e.g. <c>contact-sync</c>).</summary>
    public string Name { get; }

    public DeliveryStorage Storage { get; }

    public DeliveryBounds Bounds { get; }

    public DeliveryJson<TItem, TMessage> Json { get; }

    public DeliveryOperationStore Operations { get; }

    public DeliveryPauseStore Pauses { get; }
}
