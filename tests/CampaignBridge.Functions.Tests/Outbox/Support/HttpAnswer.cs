namespace CampaignBridge.Functions.Tests.Outbox.Support;

internal sealed record HttpAnswer(int StatusCode, string? ContentType, string Body, string RetryAfter);
