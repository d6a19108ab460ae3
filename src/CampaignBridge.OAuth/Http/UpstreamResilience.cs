using System.Net;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace CampaignBridge.OAuth.Http;

/// <summary>
/// The shape both upstream clients' resilience pipelines share, outermost first: the total time budget, the client's own
/// retries (<c>retries</c>), the circuit breaker, the attempt timeout; all on the given <see cref="TimeProvider"/>.
/// </summary>
public static class UpstreamResilience
{
    /// <summary>Builds the pipeline on <paramref name="builder"/>; <paramref name="retries"/> adds the retry strategies between budget and breaker.</summary>
    public static void Configure(
        ResiliencePipelineBuilder<HttpResponseMessage> builder,
        TimeProvider timeProvider,
        TimeSpan totalTimeout,
        TimeSpan attemptTimeout,
        UpstreamBreaker breaker,
        Action<ResiliencePipelineBuilder<HttpResponseMessage>> retries)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(breaker);
        ArgumentNullException.ThrowIfNull(retries);
        builder.TimeProvider = timeProvider;
        builder.AddTimeout(new TimeoutStrategyOptions { Name = "total", Timeout = totalTimeout });
        retries(builder);
        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            Name = "breaker",
            FailureRatio = breaker.FailureRatio,
            MinimumThroughput = breaker.MinimumThroughput,
            SamplingDuration = breaker.SamplingDuration,
            BreakDuration = breaker.BreakDuration,
            ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
        });
        builder.AddTimeout(new TimeoutStrategyOptions { Name = "attempt", Timeout = attemptTimeout });
    }

    /// <summary>5xx, 408, an attempt timeout or a connection failure.</summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome)
        => outcome.Exception is HttpRequestException or TimeoutRejectedException
           || outcome.Result is { } response && ((int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout);

    /// <summary>
    /// Whether a wait of <paramref name="wait"/> is worth it: at most <paramref name="maxWait"/>, and ending before the
    /// request's deadline (waiting past the budget would only end in a timeout; better answer now with the status).
    /// </summary>
    public static bool WaitFits(TimeSpan wait, TimeSpan maxWait, HttpRequestMessage? request, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        var deadline = UpstreamRequestOptions.DeadlineOf(request);
        return wait <= maxWait && (deadline is null || timeProvider.GetUtcNow() + wait < deadline.Value);
    }
}
