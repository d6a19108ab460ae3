namespace CampaignBridge.Functions.Outbox;

/// <summary>How the flusher reacts to a failed request.</summary>
internal enum DeliveryFailureKind
{
    /// <summary>Rate limited: pause every write until Retry-After; the messages wait.</summary>
    RateLimited,

    /// <summary>The target is down, slow, or refuses our credentials or permissions: pause briefly; the messages wait for the fix.</summary>
    Transient,

    /// <summary>The group does not exist (a deleted contact list): every write to it fails the same way, so all its messages are given up.</summary>
    GroupMissing,

    /// <summary>The target refused the data: this data will never be accepted; the messages that fail alone are poisoned.</summary>
    Permanent,
}
