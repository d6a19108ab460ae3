namespace CampaignBridge.Functions.Outbox;

/// <summary>The flush is paused until <see cref="Until"/> because of <see cref="Code"/> (a Genesys error code).</summary>
internal sealed record FlushPause(DateTimeOffset Until, string Code, string Reason);
