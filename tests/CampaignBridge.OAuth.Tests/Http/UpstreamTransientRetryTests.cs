using System.Net;
using System.Net.Http.Headers;
using CampaignBridge.OAuth.Http;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Time.Testing;
using Polly;

namespace CampaignBridge.OAuth.Tests.Http;

/// <summary>
/// <see cref="UpstreamTransientRetry"/> on a scripted upstream: what is retried, how often, and when a server's
/// <c>Retry-After</c> sets the wait.
/// </summary>
public sealed class UpstreamTransientRetryTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider time = new(Now);
    private int calls;

    private ResiliencePipeline<HttpResponseMessage> Pipeline(int retries, TimeSpan baseDelay, TimeSpan? maxRetryAfter)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        UpstreamTransientRetry.Add(builder, retries, baseDelay, maxRetryAfter, time);
        return builder.Build();
    }

    private async Task<HttpStatusCode> RunAsync(ResiliencePipeline<HttpResponseMessage> pipeline, bool idempotent, TimeSpan? retryAfter = null, int failures = int.MaxValue)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://upstream.test/");
        request.Options.Set(UpstreamRequestOptions.Idempotent, idempotent);
        var context = ResilienceContextPool.Shared.Get(TestContext.Current.CancellationToken);
        context.SetRequestMessage(request);
        try
        {
            using var answer = await pipeline.ExecuteAsync(_ =>
            {
                var response = new HttpResponseMessage(++calls <= failures ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK);
                if (retryAfter is { } wait && response.StatusCode != HttpStatusCode.OK)
                {
                    response.Headers.RetryAfter = new RetryConditionHeaderValue(wait);
                }

                return ValueTask.FromResult(response);
            }, context);
            return answer.StatusCode;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    [Fact]
    public async Task An_idempotent_request_answered_503_is_retried_the_given_number_of_times_and_the_last_answer_is_returned()
    {
        var status = await RunAsync(Pipeline(retries: 2, TimeSpan.Zero, maxRetryAfter: null), idempotent: true);

        status.ShouldBe(HttpStatusCode.ServiceUnavailable);
        calls.ShouldBe(3);
    }

    [Fact]
    public async Task A_request_not_marked_idempotent_is_never_repeated()
    {
        var status = await RunAsync(Pipeline(retries: 2, TimeSpan.Zero, maxRetryAfter: null), idempotent: false);

        status.ShouldBe(HttpStatusCode.ServiceUnavailable);
        calls.ShouldBe(1);
    }

    [Fact]
    public async Task Zero_retries_add_no_strategy()
    {
        var status = await RunAsync(Pipeline(retries: 0, TimeSpan.Zero, maxRetryAfter: TimeSpan.FromSeconds(10)), idempotent: true);

        status.ShouldBe(HttpStatusCode.ServiceUnavailable);
        calls.ShouldBe(1);
    }

    [Fact]
    public async Task Without_a_retry_after_cap_the_header_is_ignored_and_the_backoff_applies()
    {
        // A zero base delay: the retry happens at once, although the server asked for 30 s.
        var status = await RunAsync(Pipeline(retries: 1, TimeSpan.Zero, maxRetryAfter: null), idempotent: true, TimeSpan.FromSeconds(30), failures: 1);

        status.ShouldBe(HttpStatusCode.OK);
        calls.ShouldBe(2);
        time.GetUtcNow().ShouldBe(Now);
    }

    [Fact]
    public async Task With_a_cap_a_retry_after_within_it_sets_the_wait()
    {
        var run = RunAsync(Pipeline(retries: 1, TimeSpan.Zero, maxRetryAfter: TimeSpan.FromSeconds(10)), idempotent: true, TimeSpan.FromSeconds(2), failures: 1);

        time.Advance(TimeSpan.FromSeconds(1));
        await Task.Yield();
        run.IsCompleted.ShouldBeFalse("the server asked for 2 s");
        calls.ShouldBe(1);
        time.Advance(TimeSpan.FromSeconds(1));

        (await run.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken)).ShouldBe(HttpStatusCode.OK);
        calls.ShouldBe(2);
    }

    [Fact]
    public async Task With_a_cap_a_retry_after_beyond_it_is_not_waited_out()
    {
        var status = await RunAsync(Pipeline(retries: 2, TimeSpan.Zero, maxRetryAfter: TimeSpan.FromSeconds(10)), idempotent: true, TimeSpan.FromSeconds(30));

        status.ShouldBe(HttpStatusCode.ServiceUnavailable);
        calls.ShouldBe(1);
    }
}
