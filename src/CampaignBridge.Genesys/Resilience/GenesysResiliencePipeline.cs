using System.Net;
using CampaignBridge.OAuth.Http;
using Polly;
using Polly.Retry;

namespace CampaignBridge.Genesys.Resilience;

/// <summary>
/// The resilience pipeline of API calls, outermost first: total time budget, 429 retry (every operation, honouring
/// <c>Retry-After</c> within the budget), transient retry (5xx, 408, attempt timeouts and connection failures, idempotent
/// operations only, so a non-idempotent POST is never repeated), circuit breaker, attempt timeout.
/// </summary>
internal static class GenesysResiliencePipeline
{
    public const string Name = "genesys-api";

    /// <summary>First delay between transient retries; doubles per attempt, with jitter.</summary>
    public static readonly TimeSpan TransientRetryBaseDelay = TimeSpan.FromMilliseconds(250);

    /// <summary>Wait after a 429 that carries no <c>Retry-After</c>.</summary>
    public static readonly TimeSpan RateLimitDelayWithoutRetryAfter = TimeSpan.FromSeconds(1);

    /// <summary>The breaker opens when at least this share of sampled calls failed ...</summary>
    public const double BreakerFailureRatio = 0.5;

    /// <summary>... among at least this many calls ...</summary>
    public const int BreakerMinimumThroughput = 10;

    /// <summary>... within this window ...</summary>
    public static readonly TimeSpan BreakerSamplingDuration = TimeSpan.FromSeconds(30);

    /// <summary>... and then rejects calls for this long.</summary>
    public static readonly TimeSpan BreakerBreakDuration = TimeSpan.FromSeconds(5);

    /// <summary>The breaker's settings, from the constants above.</summary>
    public static UpstreamBreaker Breaker { get; } = new(BreakerFailureRatio, BreakerMinimumThroughput, BreakerSamplingDuration, BreakerBreakDuration);

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, GenesysClientOptions options, TimeProvider timeProvider)
        => UpstreamResilience.Configure(builder, timeProvider, options.TotalTimeout, options.AttemptTimeout, Breaker, retries =>
        {
            if (options.RateLimitRetries > 0)
            {
                retries.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
                {
                    Name = "rate-limit",
                    MaxRetryAttempts = options.RateLimitRetries,
                    BackoffType = DelayBackoffType.Constant,
                    Delay = RateLimitDelayWithoutRetryAfter,
                    UseJitter = false,
                    ShouldHandle = args => ValueTask.FromResult(
                        args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } response
                        && UpstreamResilience.WaitFits(WaitFor(response, timeProvider), options.MaxRetryAfter, args.Context.GetRequestMessage(), timeProvider)),
                    DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(
                        args.Outcome.Result is { } response ? WaitFor(response, timeProvider) : null),
                });
            }

            // Genesys sends Retry-After with its 429s (the strategy above); a 5xx is retried on the backoff alone.
            UpstreamTransientRetry.Add(retries, options.TransientRetries, TransientRetryBaseDelay, maxRetryAfter: null, timeProvider);
        });

    private static TimeSpan WaitFor(HttpResponseMessage response, TimeProvider timeProvider)
        => RetryAfterHeader.WaitFrom(response.Headers, timeProvider.GetUtcNow()) ?? RateLimitDelayWithoutRetryAfter;
}
