namespace CampaignBridge.Functions.Outbox;

/// <summary>The limits of one flush tick of a delivery lane (each direction binds its own from configuration).</summary>
internal sealed record DeliveryBounds
{
    /// <summary>Storage queues hand out at most 32 messages per receive.</summary>
    public const int MaxMessagesPerReceive = 32;

    /// <summary>A message received this many times without an explained (deliberate) release is poison.</summary>
    public required int MaxDequeueCount { get; init; }

    /// <summary>At most this many messages are taken in one tick.</summary>
    public required int MaxMessagesPerTick { get; init; }

    /// <summary>At most this many items are held by one tick (the first message of a tick is always taken).</summary>
    public required int MaxItemsPerTick { get; init; }

    /// <summary>At most this many write requests are sent in one tick.</summary>
    public required int MaxRequestsPerTick { get; init; }

    /// <summary>A tick stops taking new messages after this long.</summary>
    public required TimeSpan MaxTickDuration { get; init; }

    /// <summary>How long received messages stay invisible to other readers while a tick works on them.</summary>
    public required TimeSpan VisibilityTimeout { get; init; }

    /// <summary>How long the lane pauses after the target was unreachable or refused our credentials.</summary>
    public required TimeSpan FailurePause { get; init; }

    /// <summary>Used when the target rate-limits without saying how long to wait.</summary>
    public required TimeSpan DefaultRateLimitPause { get; init; }
}
