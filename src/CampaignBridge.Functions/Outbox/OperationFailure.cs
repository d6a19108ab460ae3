namespace CampaignBridge.Functions.Outbox;

/// <summary>Why (part of) an operation could not be delivered, and when that was decided.</summary>
internal sealed record OperationFailure(string Reason, DateTimeOffset At);
