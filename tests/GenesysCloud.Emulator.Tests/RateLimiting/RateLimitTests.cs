using System.Net;
using System.Text.RegularExpressions;
using GenesysCloud.Emulator.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace GenesysCloud.Emulator.Tests.RateLimiting;

/// <summary>Requests per minute per client-credentials token and the normalized 429, reference §4.3, §5.1 and §5.2.</summary>
public sealed partial class RateLimitTests
{
    private const string CampaignsPath = "/api/v2/outbound/campaigns";

    [Fact]
    public async Task The_request_after_the_limit_is_a_429_with_an_integer_retry_after_and_the_normalized_body()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        await using var session = await EmulatorSession.StartAsync(Seeds.With(s => s.Settings.RateLimitPerMinute = 5), time);
        var token = await session.GetTokenAsync();
        await SpendAsync(session, token, 5);

        using var response = await session.GetAsync(CampaignsPath, token);

        var body = await response.ShouldBeErrorBodyAsync(HttpStatusCode.TooManyRequests, "too.many.requests.retry.after");
        var retryAfter = RetryAfterSeconds(response);
        retryAfter.ShouldBeInRange(1, 60);
        var message = body.GetProperty("message").GetString().ShouldNotBeNull();
        var match = RetryMessage().Match(message);
        match.Success.ShouldBeTrue(message);
        int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(retryAfter);
    }

    [Fact]
    public async Task The_limit_counts_per_token_so_another_token_of_the_same_client_still_works()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        await using var session = await EmulatorSession.StartAsync(Seeds.With(s => s.Settings.RateLimitPerMinute = 5), time);
        var exhausted = await session.GetTokenAsync();
        await SpendAsync(session, exhausted, 5);
        using (var limited = await session.GetAsync(CampaignsPath, exhausted))
        {
            limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        }

        var fresh = await session.GetTokenAsync();

        await SpendAsync(session, fresh, 5);
    }

    [Fact]
    public async Task Retry_after_counts_down_with_the_clock_and_requests_succeed_once_the_window_has_passed()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        await using var session = await EmulatorSession.StartAsync(Seeds.With(s => s.Settings.RateLimitPerMinute = 5), time);
        var token = await session.GetTokenAsync();
        await SpendAsync(session, token, 5);

        time.Advance(TimeSpan.FromSeconds(45));
        using (var stillLimited = await session.GetAsync(CampaignsPath, token))
        {
            await stillLimited.ShouldBeErrorBodyAsync(HttpStatusCode.TooManyRequests, "too.many.requests.retry.after");
            RetryAfterSeconds(stillLimited).ShouldBeInRange(1, 15);
        }

        time.Advance(TimeSpan.FromSeconds(16));
        await SpendAsync(session, token, 5);
    }

    [Fact]
    public async Task The_default_limit_is_300_requests_a_minute()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        await using var session = await EmulatorSession.StartAsync(timeProvider: time);
        var token = await session.GetTokenAsync();
        await SpendAsync(session, token, 300);

        using var response = await session.GetAsync($"/api/v2/outbound/campaigns/{SeedIds.SpringRenewals}", token);

        await response.ShouldBeErrorBodyAsync(HttpStatusCode.TooManyRequests, "too.many.requests.retry.after");
    }

    /// <summary>Sends <paramref name="count"/> requests that must all succeed.</summary>
    private static async Task SpendAsync(EmulatorSession session, string token, int count)
    {
        for (var i = 0; i < count; i++)
        {
            using var response = await session.GetAsync(CampaignsPath, token);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"request {i + 1} of {count}");
        }
    }

    /// <summary>Retry-After must be delta-seconds, not an HTTP date (§5.2).</summary>
    private static int RetryAfterSeconds(HttpResponseMessage response)
    {
        var raw = response.Headers.GetValues("Retry-After").Single();
        int.TryParse(raw, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            .ShouldBeTrue($"Retry-After '{raw}' is not an integer number of seconds");
        return seconds;
    }

    [GeneratedRegex(@"^Rate limit exceeded the maximum\. Retry the request in \[(\d+)\] seconds$")]
    private static partial Regex RetryMessage();
}
