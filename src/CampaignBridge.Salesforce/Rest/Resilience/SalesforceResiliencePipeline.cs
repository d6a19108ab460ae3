using System.Net;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

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

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, SalesforceClientOptions options, TimeProvider timeProvider)
    {
        builder.TimeProvider = timeProvider;
        builder.AddTimeout(new TimeoutStrategyOptions { Name = "total", Timeout = options.TotalTimeout });

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
                    IsTransient(args.Outcome)
                    && SalesforceRequestOptions.IsIdempotent(args.Context.GetRequestMessage())
                    && RetryAfterFits(args.Outcome, args.Context.GetRequestMessage(), options.MaxRetryAfter, timeProvider)),
                // A Retry-After the server sent sets the delay; without one (null) the exponential backoff applies.
                DelayGenerator = args => ValueTask.FromResult(
                    RetryAfter(args.Outcome, timeProvider) is { } wait && wait > TimeSpan.Zero ? wait : (TimeSpan?)null),
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

    private static bool RetryAfterFits(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request, TimeSpan maxRetryAfter, TimeProvider timeProvider)
    {
        if (RetryAfter(outcome, timeProvider) is not { } wait)
        {
            return true;
        }

        // Waiting past the cap or the budget would only end in a timeout; answer now with the status and its Retry-After.
        var deadline = SalesforceRequestOptions.DeadlineOf(request);
        return wait <= maxRetryAfter && (deadline is null || timeProvider.GetUtcNow() + wait < deadline.Value);
    }

    private static TimeSpan? RetryAfter(Outcome<HttpResponseMessage> outcome, TimeProvider timeProvider)
        => outcome.Result is { } response ? SalesforceErrorTranslator.RetryAfter(response.Headers, timeProvider.GetUtcNow()) : null;
}
