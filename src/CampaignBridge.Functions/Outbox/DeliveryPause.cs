namespace CampaignBridge.Functions.Outbox;

/// <summary>The flush is paused until <see cref="Until"/> because of <see cref="Code"/> (the target's error code).</summary>
internal sealed record DeliveryPause(DateTimeOffset Until, string Code, string Reason);
