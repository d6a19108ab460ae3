using System.Net;
using CampaignBridge.Genesys.Errors;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

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

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, GenesysClientOptions options, TimeProvider timeProvider)
    {
        builder.TimeProvider = timeProvider;
        builder.AddTimeout(new TimeoutStrategyOptions { Name = "total", Timeout = options.TotalTimeout });

        if (options.RateLimitRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                Name = "rate-limit",
                MaxRetryAttempts = options.RateLimitRetries,
                BackoffType = DelayBackoffType.Constant,
                Delay = RateLimitDelayWithoutRetryAfter,
                UseJitter = false,
                ShouldHandle = args => ValueTask.FromResult(
                    ShouldRetryRateLimit(args.Outcome, args.Context.GetRequestMessage(), options.MaxRetryAfter, timeProvider)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(
                    args.Outcome.Result is { } response ? WaitFor(response, timeProvider) : null),
            });
        }

        if (options.TransientRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                Name = "transient",
                MaxRetryAttempts = options.TransientRetries,
                BackoffType = DelayBackoffType.Exponential,
                Delay = TransientRetryBaseDelay,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(
                    IsTransient(args.Outcome) && GenesysRequestOptions.IsIdempotent(args.Context.GetRequestMessage())),
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            Name = "breaker",
            FailureRatio = BreakerFailureRatio,
            MinimumThroughput = BreakerMinimumThroughput,
            SamplingDuration = BreakerSamplingDuration,
            BreakDuration = BreakerBreakDuration,
            ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
        });

        builder.AddTimeout(new TimeoutStrategyOptions { Name = "attempt", Timeout = options.AttemptTimeout });
    }

    /// <summary>5xx, 408, an attempt timeout or a connection failure.</summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome)
        => outcome.Exception is HttpRequestException or TimeoutRejectedException
           || outcome.Result is { } response && ((int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout);

    private static bool ShouldRetryRateLimit(
        Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request, TimeSpan maxRetryAfter, TimeProvider timeProvider)
    {
        if (outcome.Result is not { StatusCode: HttpStatusCode.TooManyRequests } response)
        {
            return false;
        }

        var wait = WaitFor(response, timeProvider);
        if (wait > maxRetryAfter)
        {
            return false;
        }

        // Waiting past the budget would only end in a timeout; answer now with the 429 and its Retry-After instead.
        var deadline = GenesysRequestOptions.DeadlineOf(request);
        return deadline is null || timeProvider.GetUtcNow() + wait < deadline.Value;
    }

    private static TimeSpan WaitFor(HttpResponseMessage response, TimeProvider timeProvider)
        => GenesysErrorTranslator.RetryAfter(response.Headers, timeProvider.GetUtcNow()) ?? RateLimitDelayWithoutRetryAfter;
}
