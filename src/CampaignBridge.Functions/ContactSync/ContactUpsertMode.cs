namespace CampaignBridge.Functions.ContactSync;

/// <summary>How <c>UpsertContacts</c> writes: the <c>mode</c> query parameter.</summary>
public enum ContactUpsertMode
{
    /// <summary>No <c>mode</c>: synchronous up to <see cref="ContactUpsertQueue.AsyncThreshold"/> contacts, queued above.</summary>
    Automatic = 0,

    /// <summary><c>mode=sync</c>: always written before the answer.</summary>
    Sync,

    /// <summary><c>mode=async</c>: always queued; the answer is 202 with an operation to poll.</summary>
    Async,
}
