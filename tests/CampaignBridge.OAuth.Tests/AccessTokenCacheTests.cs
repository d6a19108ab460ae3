using CampaignBridge.OAuth.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CampaignBridge.OAuth.Tests;

public sealed class AccessTokenCacheTests
{
    private static readonly ClientCredentials Client = new("client-a", "secret-a");
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly FakeTokenEndpoint _endpoint;
    private readonly RotatingCredentials _credentials = new(Client);

    public AccessTokenCacheTests() => _endpoint = new FakeTokenEndpoint(_time);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Concurrent_callers_of_a_cold_cache_share_one_token_request()
    {
        _endpoint.Issue(Day);
        _endpoint.Hold();
        var cache = Create();

        var callers = Enumerable.Range(0, 200).Select(_ => cache.GetAccessTokenAsync(Cancel)).ToList();
        _endpoint.Release();
        var tokens = await Task.WhenAll(callers);

        _endpoint.Requests.ShouldBe(1);
        tokens.Select(t => t.Value).Distinct().ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_cached_token_is_served_without_a_request_until_its_refresh_time()
    {
        _endpoint.Issue(Day, "first");
        var cache = Create();
        await cache.GetAccessTokenAsync(Cancel);

        _time.Advance(TimeSpan.FromHours(11));
        var later = await cache.GetAccessTokenAsync(Cancel);

        later.Value.ShouldBe("first");
        _endpoint.Requests.ShouldBe(1);
    }

    [Fact]
    public async Task From_its_refresh_time_the_old_token_is_served_while_one_renewal_runs_in_the_background()
    {
        _endpoint.Issue(Day, "first").Issue(Day, "second");
        var cache = Create();
        await cache.GetAccessTokenAsync(Cancel);
        _time.Advance(TimeSpan.FromHours(13));
        _endpoint.Hold();

        var duringRenewal = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => cache.GetAccessTokenAsync(Cancel)));
        _endpoint.Release();
        await WaitUntilAsync(async () => (await cache.GetAccessTokenAsync(Cancel)).Value == "second");

        duringRenewal.ShouldAllBe(t => t.Value == "first");
        _endpoint.Requests.ShouldBe(2);
    }

    [Fact]
    public async Task A_failing_endpoint_is_backed_off_and_asked_again_once_the_back_off_has_passed()
    {
        // No answer at all (status 0): failed at once, no immediate retry (that is for a 5xx of a healthy endpoint).
        _endpoint.Fail(new TestFailure("test.unreachable", 0, "down")).Issue(Day, "after");
        var cache = Create();

        await Should.ThrowAsync<TestFailure>(() => cache.GetAccessTokenAsync(Cancel));
        await Should.ThrowAsync<TestFailure>(() => cache.GetAccessTokenAsync(Cancel));
        _endpoint.Requests.ShouldBe(1);

        _time.Advance(TokenRefreshPolicy.InitialBackoff);
        (await cache.GetAccessTokenAsync(Cancel)).Value.ShouldBe("after");
        _endpoint.Requests.ShouldBe(2);
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_back_off_is_honoured()
    {
        _endpoint.Fail(new TestFailure("test.limited", 429, "slow down", TimeSpan.FromSeconds(20))).Issue(Day);
        var cache = Create();
        await Should.ThrowAsync<TestFailure>(() => cache.GetAccessTokenAsync(Cancel));

        _time.Advance(TimeSpan.FromSeconds(19));
        await Should.ThrowAsync<TestFailure>(() => cache.GetAccessTokenAsync(Cancel));
        _time.Advance(TimeSpan.FromSeconds(1));
        await cache.GetAccessTokenAsync(Cancel);

        _endpoint.Requests.ShouldBe(2);
    }

    [Fact]
    public async Task One_server_error_of_a_healthy_endpoint_is_asked_again_at_once_and_the_callers_get_the_token()
    {
        _endpoint.Fail(new TestFailure("test.down", 503, "down")).Issue(Day, "second try");
        var cache = Create();

        var token = await cache.GetAccessTokenAsync(Cancel);

        token.Value.ShouldBe("second try");
        _endpoint.Requests.ShouldBe(2);
    }

    [Fact]
    public async Task A_server_error_during_an_outage_is_not_retried_at_once_but_backed_off()
    {
        _endpoint.Fail(new TestFailure("test.down", 503, "down")).Fail(new TestFailure("test.down", 503, "still down"))
            .Fail(new TestFailure("test.down", 503, "down again")).Issue(Day, "back");
        var cache = Create();

        (await Should.ThrowAsync<TestFailure>(() => cache.GetAccessTokenAsync(Cancel))).Hint.ShouldBe("still down");
        _endpoint.Requests.ShouldBe(2);

        await Should.ThrowAsync<TestFailure>(() => cache.GetAccessTokenAsync(Cancel));
        _endpoint.Requests.ShouldBe(2, "within the back-off the last failure is handed out");

        _time.Advance(TokenRefreshPolicy.InitialBackoff);
        (await Should.ThrowAsync<TestFailure>(() => cache.GetAccessTokenAsync(Cancel))).Hint.ShouldBe("down again");
        _endpoint.Requests.ShouldBe(3, "the endpoint has been failing, so its 5xx is not asked again at once");

        _time.Advance(TokenRefreshPolicy.Backoff(2, null));
        (await cache.GetAccessTokenAsync(Cancel)).Value.ShouldBe("back");
    }

    [Theory]
    [InlineData(400, null)]
    [InlineData(429, null)]
    [InlineData(503, 5)]
    public async Task A_client_error_or_a_server_error_that_asks_for_a_wait_is_not_retried_at_once(int status, int? retryAfterSeconds)
    {
        _endpoint.Fail(new TestFailure("test.failed", status, "no", retryAfterSeconds is { } s ? TimeSpan.FromSeconds(s) : null));
        var cache = Create();

        await Should.ThrowAsync<TestFailure>(() => cache.GetAccessTokenAsync(Cancel));

        _endpoint.Requests.ShouldBe(1);
    }

    [Fact]
    public async Task Rejected_credentials_are_reread_once_and_the_rotated_secret_is_used()
    {
        _endpoint.Fail(new TestFailure(TestFailure.Rejected, 400, "wrong secret")).Issue(Day, "rotated");
        _credentials.Stored = Client with { ClientSecret = "secret-b" };
        var cache = Create();

        var token = await cache.GetAccessTokenAsync(Cancel);

        token.Value.ShouldBe("rotated");
        _credentials.Refreshes.ShouldBe(1);
        _endpoint.Requests.ShouldBe(2);
    }

    [Fact]
    public async Task A_failure_that_is_not_a_credential_rejection_does_not_reread_the_credentials()
    {
        _endpoint.Fail(new TestFailure("test.unreachable", 0, "down"));
        var cache = Create();

        await Should.ThrowAsync<TestFailure>(() => cache.GetAccessTokenAsync(Cancel));

        _credentials.Refreshes.ShouldBe(0);
    }

    [Fact]
    public async Task A_token_request_that_never_answers_ends_with_the_endpoints_timeout_failure()
    {
        _endpoint.Issue(Day);
        _endpoint.Hold();
        var cache = Create();

        var pending = cache.GetAccessTokenAsync(Cancel);
        await WaitUntilAsync(() => Task.FromResult(_endpoint.Requests == 1));
        _time.Advance(AccessTokenCache.TokenRequestTimeout);

        var failure = await Should.ThrowAsync<TestFailure>(() => pending);
        failure.ErrorCode.ShouldBe("timeout");
    }

    [Fact]
    public async Task Invalidating_discards_the_rejected_token_but_never_a_newer_one()
    {
        _endpoint.Issue(Day, "first").Issue(Day, "second");
        var cache = Create();
        var first = await cache.GetAccessTokenAsync(Cancel);

        cache.Invalidate(first).ShouldBeTrue();
        var second = await cache.GetAccessTokenAsync(Cancel);
        cache.Invalidate(first).ShouldBeFalse();

        (await cache.GetAccessTokenAsync(Cancel)).ShouldBeSameAs(second);
        _endpoint.Requests.ShouldBe(2);
    }

    private AccessTokenCache Create() => new(_endpoint, _credentials, _time, NullLogger.Instance);

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 500; attempt++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(10, Cancel);
        }

        throw new TimeoutException("The condition did not become true within 5 s.");
    }
}
