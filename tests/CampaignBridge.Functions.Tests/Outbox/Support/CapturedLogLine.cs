using Microsoft.Extensions.Logging;

namespace CampaignBridge.Functions.Tests.Outbox.Support;

internal sealed record CapturedLogLine(string Category, LogLevel Level, string Message, Exception? Exception);
