namespace CampaignBridge.Functions.Tests.OutboundMessages;

/// <summary>One Contact notification; <paramref name="SystemModstamp"/> is sent as the record's <c>SystemModstamp</c> field when set.</summary>
internal sealed record ContactNotification(string NotificationId, string ContactId, string FirstName, string LastName, string Phone, string? SystemModstamp = null);
