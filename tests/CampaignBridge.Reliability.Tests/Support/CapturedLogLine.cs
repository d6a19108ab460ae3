using Microsoft.Extensions.Logging;

namespace CampaignBridge.Reliability.Tests.Support;

/// <summary>One log line as written: category, level, formatted message, scope values and the exception text.</summary>
public sealed record CapturedLogLine(string Category, LogLevel Level, string Text);
