using CampaignBridge.Functions.Outbox;

namespace CampaignBridge.Functions.ContactSync;

/// <summary>
/// Names and limits of the durable contact outbox, bound from the <c>ContactSync</c> configuration section.
/// The defaults are the production names; tests override the names to stay isolated from each other.
/// </summary>
internal sealed class ContactOutboxOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "ContactSync";

    public const string DefaultQueueName = "contact-sync";
    public const string DefaultPoisonQueueName = "contact-sync-poison";
    public const string DefaultOperationsTableName = "ContactSyncOperations";
    public const string DefaultNotificationsTableName = "OutboundNotifications";
    public const string DefaultStateTableName = "ContactSyncState";
    public const string DefaultPayloadContainerName = "contact-sync-payloads";

    /// <summary>A message received this many times without an explained (transient) failure is poison.</summary>
    public const int DefaultMaxDequeueCount = 5;

    /// <summary>Storage queues hand out at most 32 messages per receive.</summary>
    public const int MaxMessagesPerReceive = DeliveryBounds.MaxMessagesPerReceive;

    /// <summary>At most this many messages are taken in one timer tick (ten receives).</summary>
    public const int DefaultMaxMessagesPerTick = 320;

    /// <summary>
    /// At most this many contacts are held by one timer tick (ten full add-contacts requests), whatever the backlog:
    /// the tick's memory stays bounded, and it plans no more requests than one rate-limit window is likely to allow.
    /// Messages received beyond it are put back at once (the first message of a tick is always taken).
    /// </summary>
    public const int DefaultMaxContactsPerTick = 10_000;

    /// <summary>
    /// At most this many add-contacts requests are sent in one tick (<see cref="DefaultMaxContactsPerTick"/> in full
    /// requests; several contact lists, write options or large contacts can need more requests for the same contacts).
    /// Messages whose contacts did not fit wait for the next tick.
    /// </summary>
    public const int DefaultMaxRequestsPerTick = 10;

    /// <summary>A tick stops taking new messages after this long, well inside the 30 s default schedule.</summary>
    public static readonly TimeSpan DefaultMaxTickDuration = TimeSpan.FromSeconds(20);

    /// <summary>
    /// How long received messages stay invisible to other readers while a tick works on them. Long enough
    /// for a tick (at most <see cref="DefaultMaxTickDuration"/> plus the Genesys calls), short enough that a
    /// crashed tick's messages come back soon.
    /// </summary>
    public static readonly TimeSpan DefaultVisibilityTimeout = TimeSpan.FromMinutes(5);

    /// <summary>How long the flush pauses after Genesys was unreachable or refused our credentials.</summary>
    public static readonly TimeSpan DefaultFailurePause = TimeSpan.FromMinutes(1);

    /// <summary>Used when Genesys answers 429 without a Retry-After header.</summary>
    public static readonly TimeSpan DefaultRateLimitPause = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long a Salesforce Notification Id is remembered for de-duplication. Salesforce retries an
    /// unacknowledged message for up to 24 hours; a week covers that window with a wide margin (late manual
    /// re-sends from Setup → Outbound Messages included) while keeping the table small.
    /// </summary>
    public static readonly TimeSpan DefaultNotificationRetention = TimeSpan.FromDays(7);

    public string QueueName { get; set; } = DefaultQueueName;

    public string PoisonQueueName { get; set; } = DefaultPoisonQueueName;

    public string OperationsTableName { get; set; } = DefaultOperationsTableName;

    public string NotificationsTableName { get; set; } = DefaultNotificationsTableName;

    public string StateTableName { get; set; } = DefaultStateTableName;

    public string PayloadContainerName { get; set; } = DefaultPayloadContainerName;

    public int MaxDequeueCount { get; set; } = DefaultMaxDequeueCount;

    public int MaxMessagesPerTick { get; set; } = DefaultMaxMessagesPerTick;

    public int MaxContactsPerTick { get; set; } = DefaultMaxContactsPerTick;

    public int MaxRequestsPerTick { get; set; } = DefaultMaxRequestsPerTick;

    public TimeSpan MaxTickDuration { get; set; } = DefaultMaxTickDuration;

    public TimeSpan VisibilityTimeout { get; set; } = DefaultVisibilityTimeout;

    public TimeSpan FailurePause { get; set; } = DefaultFailurePause;

    public TimeSpan NotificationRetention { get; set; } = DefaultNotificationRetention;

    /// <summary>The lane's storage names.</summary>
    public DeliveryStorageNames StorageNames() => new(QueueName, PoisonQueueName, OperationsTableName, StateTableName, PayloadContainerName);

    /// <summary>The lane's tick bounds.</summary>
    public DeliveryBounds Bounds() => new()
    {
        MaxDequeueCount = MaxDequeueCount,
        MaxMessagesPerTick = MaxMessagesPerTick,
        MaxItemsPerTick = MaxContactsPerTick,
        MaxRequestsPerTick = MaxRequestsPerTick,
        MaxTickDuration = MaxTickDuration,
        VisibilityTimeout = VisibilityTimeout,
        FailurePause = FailurePause,
        DefaultRateLimitPause = DefaultRateLimitPause,
    };
}
