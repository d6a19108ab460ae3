using CampaignBridge.OAuth.Http;
using Polly;

namespace CampaignBridge.Salesforce.Rest;

/// <summary>
/// The resilience pipeline of REST calls, outermost first: total time budget; transient retry (5xx, 408, attempt
/// timeouts and connection failures, idempotent requests only, exponential backoff with jitter, a <c>Retry-After</c>
/// honoured when it fits the budget); circuit breaker; attempt timeout. 4xx answers are never retried: 403
/// REQUEST_LIMIT_EXCEEDED is hours away from changing, and a 401 is the bearer handler's (inside this pipeline).
/// Salesforce REST does not answer 429 (its rate limit is the 403 above), so there is no 429 retry.
/// </summary>
internal static class SalesforceResiliencePipeline
{
    public const string Name = "salesforce-api";

    /// <summary>First delay between transient retries; doubles per attempt, with jitter. A 503 is Salesforce busy or in maintenance, so more than a blink.</summary>
    public static readonly TimeSpan TransientRetryBaseDelay = TimeSpan.FromSeconds(1);

    /// <summary>The breaker opens when at least this share of sampled calls failed ...</summary>
    public const double BreakerFailureRatio = 0.5;

    /// <summary>... among at least this many calls (a background writer makes few calls, so fewer than the Genesys client's 10) ...</summary>
    public const int BreakerMinimumThroughput = 5;

    /// <summary>... within this window ...</summary>
    public static readonly TimeSpan BreakerSamplingDuration = TimeSpan.FromSeconds(60);

    /// <summary>... and then rejects calls for this long.</summary>
    public static readonly TimeSpan BreakerBreakDuration = TimeSpan.FromSeconds(30);

    /// <summary>The breaker's settings, from the constants above.</summary>
    public static UpstreamBreaker Breaker { get; } = new(BreakerFailureRatio, BreakerMinimumThroughput, BreakerSamplingDuration, BreakerBreakDuration);

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, SalesforceClientOptions options, TimeProvider timeProvider)
        => UpstreamResilience.Configure(builder, timeProvider, options.TotalTimeout, options.AttemptTimeout, Breaker,
            retries => UpstreamTransientRetry.Add(retries, options.TransientRetries, TransientRetryBaseDelay, options.MaxRetryAfter, timeProvider));
}
