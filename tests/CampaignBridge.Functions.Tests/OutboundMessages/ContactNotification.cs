namespace CampaignBridge.Functions.Tests.OutboundMessages;

internal sealed record ContactNotification(string NotificationId, string ContactId, string FirstName, string LastName, string Phone);
