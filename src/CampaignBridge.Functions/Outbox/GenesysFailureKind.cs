namespace CampaignBridge.Functions.Outbox;

/// <summary>How the flusher reacts to a failed Genesys write.</summary>
internal enum GenesysFailureKind
{
    /// <summary>429: pause every write until Retry-After; the messages wait.</summary>
    RateLimited,

    /// <summary>Genesys is down, slow, or refuses our credentials/permissions: pause briefly; the messages wait for the fix.</summary>
    Transient,

    /// <summary>The contact list does not exist: every write to it fails the same way, so all its messages are given up.</summary>
    ListMissing,

    /// <summary>Genesys refused the data (unknown columns, bad ids, too large): this data will never be accepted.</summary>
    Permanent,
}
