namespace CampaignBridge.Functions.Outbox;

/// <summary>What the <c>contact-sync-poison</c> queue holds: the original message and why it was given up.</summary>
internal sealed record PoisonedContactSyncMessage(string Reason, DateTimeOffset FailedAt, long DequeueCount, ContactSyncMessage Message);
