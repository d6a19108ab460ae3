namespace CampaignBridge.Genesys;

/// <summary>A session metric (<c>tTalk</c>, <c>tTalkComplete</c>, ... in milliseconds; <c>n...</c> counts).</summary>
/// <param name="Name">The metric name.</param>
/// <param name="Value">Its value.</param>
public sealed record AnalyticsMetric(string? Name, long Value);
