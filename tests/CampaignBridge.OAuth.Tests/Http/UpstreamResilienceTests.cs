using System.Net;
using System.Net.Http.Headers;
using CampaignBridge.OAuth.Http;
using Microsoft.Extensions.Time.Testing;
using Polly;
using Polly.Timeout;

namespace CampaignBridge.OAuth.Tests.Http;

public sealed class UpstreamResilienceTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Retry_after_reads_seconds_and_http_dates_and_never_goes_negative()
    {
        using var seconds = new HttpResponseMessage { Headers = { RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(42)) } };
        using var date = new HttpResponseMessage { Headers = { RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(10)) } };
        using var past = new HttpResponseMessage { Headers = { RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(-10)) } };
        using var none = new HttpResponseMessage();

        RetryAfterHeader.WaitFrom(seconds.Headers, Now).ShouldBe(TimeSpan.FromSeconds(42));
        RetryAfterHeader.WaitFrom(date.Headers, Now).ShouldBe(TimeSpan.FromSeconds(10));
        RetryAfterHeader.WaitFrom(past.Headers, Now).ShouldBe(TimeSpan.Zero);
        RetryAfterHeader.WaitFrom(none.Headers, Now).ShouldBeNull();
    }

    [Fact]
    public void A_wait_fits_only_within_the_cap_and_before_the_requests_deadline()
    {
        var time = new FakeTimeProvider(Now);
        using var request = new HttpRequestMessage();
        request.Options.Set(UpstreamRequestOptions.Deadline, Now.AddSeconds(5));

        UpstreamResilience.WaitFits(TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(10), request, time).ShouldBeTrue();
        UpstreamResilience.WaitFits(TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(10), request, time).ShouldBeFalse("it would end past the budget");
        UpstreamResilience.WaitFits(TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(10), null, time).ShouldBeTrue("without a deadline only the cap counts");
        UpstreamResilience.WaitFits(TimeSpan.FromSeconds(11), TimeSpan.FromSeconds(10), null, time).ShouldBeFalse();
    }

    [Fact]
    public void Requests_are_repeated_only_when_marked_idempotent()
    {
        using var marked = new HttpRequestMessage();
        marked.Options.Set(UpstreamRequestOptions.Idempotent, true);
        using var unmarked = new HttpRequestMessage();

        UpstreamRequestOptions.IsIdempotent(marked).ShouldBeTrue();
        UpstreamRequestOptions.IsIdempotent(unmarked).ShouldBeFalse();
        UpstreamRequestOptions.IsIdempotent(null).ShouldBeFalse();
        UpstreamRequestOptions.DeadlineOf(unmarked).ShouldBeNull();
    }

    [Theory]
    [InlineData(500, true)]
    [InlineData(503, true)]
    [InlineData(408, true)]
    [InlineData(429, false)]
    [InlineData(401, false)]
    [InlineData(200, false)]
    public void Transient_means_5xx_408_timeouts_and_connection_failures(int status, bool transient)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);

        UpstreamResilience.IsTransient(Outcome.FromResult(response)).ShouldBe(transient);
        UpstreamResilience.IsTransient(Outcome.FromException<HttpResponseMessage>(new HttpRequestException("refused"))).ShouldBeTrue();
        UpstreamResilience.IsTransient(Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException())).ShouldBeTrue();
    }

    [Fact]
    public async Task The_pipeline_puts_the_clients_retries_between_the_budget_and_the_breaker()
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        var retriesAdded = false;

        UpstreamResilience.Configure(builder, TimeProvider.System, TimeSpan.FromSeconds(9), TimeSpan.FromSeconds(4),
            new UpstreamBreaker(0.5, 10, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(5)), _ => retriesAdded = true);
        var pipeline = builder.Build();
        using var answer = await pipeline.ExecuteAsync(_ => ValueTask.FromResult(new HttpResponseMessage(HttpStatusCode.OK)), TestContext.Current.CancellationToken);

        retriesAdded.ShouldBeTrue();
        answer.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
