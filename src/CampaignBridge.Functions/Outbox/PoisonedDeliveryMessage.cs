namespace CampaignBridge.Functions.Outbox;

/// <summary>What a poison queue holds: the message (or the refused items of one) and why it was given up.</summary>
internal sealed record PoisonedDeliveryMessage<TMessage>(string Reason, DateTimeOffset FailedAt, long DequeueCount, TMessage Message);
