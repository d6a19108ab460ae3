namespace CampaignBridge.OAuth.Http;

/// <summary>
/// The circuit breaker of an upstream client: it opens when at least <paramref name="FailureRatio"/> of at least
/// <paramref name="MinimumThroughput"/> calls within <paramref name="SamplingDuration"/> failed transiently, and then rejects
/// calls for <paramref name="BreakDuration"/>. Each client pins its own values.
/// </summary>
public sealed record UpstreamBreaker(double FailureRatio, int MinimumThroughput, TimeSpan SamplingDuration, TimeSpan BreakDuration);
