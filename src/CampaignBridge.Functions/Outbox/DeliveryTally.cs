namespace CampaignBridge.Functions.Outbox;

/// <summary>The counters of one flush tick.</summary>
internal sealed class DeliveryTally
{
    public int Received { get; set; }

    public int Delivered { get; set; }

    public int Poisoned { get; set; }

    public int Released { get; set; }

    public int ItemsReceived { get; set; }

    public int ItemsDelivered { get; set; }

    public int ItemsRefused { get; set; }

    public int Requests { get; set; }

    public FlushResult Result(DeliveryPause? pause, TimeSpan? oldest)
        => new(Received, Delivered, Poisoned, Released, ItemsReceived, ItemsDelivered, ItemsRefused, Requests, pause?.Until, pause?.Reason, oldest);
}
