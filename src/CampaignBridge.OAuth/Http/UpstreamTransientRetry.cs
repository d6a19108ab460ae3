using Polly;
using Polly.Retry;

namespace CampaignBridge.OAuth.Http;

/// <summary>
/// The transient retry both upstream clients use: 5xx, 408, attempt timeouts and connection failures of idempotent
/// requests only (a non-idempotent POST is never repeated), exponential backoff with jitter from a base delay, and,
/// where the client says so, a <c>Retry-After</c> on the answer honoured when it fits the request's budget.
/// </summary>
public static class UpstreamTransientRetry
{
    /// <summary>The strategy's name in the pipeline (and in Polly's telemetry).</summary>
    public const string Name = "transient";

    /// <summary>
    /// Adds the retry to <paramref name="builder"/> when <paramref name="retries"/> is above 0. With
    /// <paramref name="maxRetryAfter"/> a server's <c>Retry-After</c> sets the delay (and a longer one, or one past the
    /// request's deadline, is not retried); without it the header is ignored and the backoff applies.
    /// </summary>
    public static void Add(ResiliencePipelineBuilder<HttpResponseMessage> builder, int retries, TimeSpan baseDelay, TimeSpan? maxRetryAfter, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (retries <= 0)
        {
            return;
        }

        builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            Name = Name,
            MaxRetryAttempts = retries,
            BackoffType = DelayBackoffType.Exponential,
            Delay = baseDelay,
            UseJitter = true,
            ShouldHandle = args => ValueTask.FromResult(
                UpstreamResilience.IsTransient(args.Outcome)
                && UpstreamRequestOptions.IsIdempotent(args.Context.GetRequestMessage())
                && (maxRetryAfter is not { } maxWait
                    || RetryAfter(args.Outcome, timeProvider) is not { } wait
                    || UpstreamResilience.WaitFits(wait, maxWait, args.Context.GetRequestMessage(), timeProvider))),
            // A Retry-After the server sent sets the delay; without one (null) the exponential backoff applies.
            DelayGenerator = args => ValueTask.FromResult(
                maxRetryAfter is not null && RetryAfter(args.Outcome, timeProvider) is { } wait && wait > TimeSpan.Zero ? wait : (TimeSpan?)null),
        });
    }

    private static TimeSpan? RetryAfter(Outcome<HttpResponseMessage> outcome, TimeProvider timeProvider)
        => outcome.Result is { } response ? RetryAfterHeader.WaitFrom(response.Headers, timeProvider.GetUtcNow()) : null;
}
