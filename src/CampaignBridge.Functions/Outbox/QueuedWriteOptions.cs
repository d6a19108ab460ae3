namespace CampaignBridge.Functions.Outbox;

/// <summary>The Genesys contact-write flags a queued write is sent with.</summary>
internal sealed record QueuedWriteOptions(bool Priority = false, bool ClearSystemData = false, bool DoNotQueue = false)
{
    public static QueuedWriteOptions Default { get; } = new();
}
