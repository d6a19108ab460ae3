namespace CampaignBridge.Functions.Outbox;

/// <summary>A record refused before it was queued (<c>{id, field, reason}</c>, the shape UpsertContacts reports).</summary>
internal sealed record OperationRejection(string Id, string? Field, string Reason);
