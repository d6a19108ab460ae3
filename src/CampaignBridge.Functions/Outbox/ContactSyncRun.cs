namespace CampaignBridge.Functions.Outbox;

/// <summary>Consecutive messages for one contact list with the same write options: merged into one write.</summary>
internal sealed record ContactSyncRun(string ContactListId, QueuedWriteOptions Options, IReadOnlyList<ReceivedContactSyncMessage> Messages);
