using System.Net;
using GenesysCloud.Emulator.Tests.Support;

namespace GenesysCloud.Emulator.Tests.Analytics;

/// <summary>
/// The interval of <c>POST /api/v2/analytics/conversations/details/query</c> (results reference §1.3): ISO-8601
/// <c>start/end</c>, whole UTC days by conversation start, 7 days without a filter, 31 with one.
/// </summary>
public sealed class DetailQueryIntervalTests
{
    private const string QueryPath = "/api/v2/analytics/conversations/details/query";

    [Theory]
    [InlineData(null)]
    [InlineData("yesterday/today")]
    [InlineData("2026-12-01T00:00:00.000Z")]
    [InlineData("2026-12-01T00:00:00.000Z/2026-12-02T00:00:00.000Z/2026-12-03T00:00:00.000Z")]
    public async Task An_interval_that_is_not_an_iso_start_slash_end_is_invalid_date(string? interval)
    {
        await using var world = await DialerWorld.StartAsync();

        using var response = await world.Session.PostJsonAsync(QueryPath, world.Token, new { interval });

        var body = await response.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "invalid.date");
        body.GetProperty("message").GetString().ShouldBe("Dates must be specified as ISO-8601 strings. For example: yyyy-MM-ddTHH:mm:ss.SSSZ");
    }

    [Fact]
    public async Task An_interval_that_ends_before_it_starts_is_refused()
    {
        await using var world = await DialerWorld.StartAsync();

        using var response = await world.Session.PostJsonAsync(QueryPath, world.Token, new { interval = "2026-12-02T00:00:00Z/2026-12-01T00:00:00Z" });

        await response.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "invalid.date");
    }

    [Fact]
    public async Task Without_a_filter_the_interval_may_span_seven_days_and_not_more()
    {
        await using var world = await DialerWorld.StartAsync();

        using (var sevenDays = await world.Session.PostJsonAsync(QueryPath, world.Token, new { interval = "2026-12-01T00:00:00Z/2026-12-08T00:00:00Z" }))
        {
            await sevenDays.ShouldBeJsonAsync(HttpStatusCode.OK);
        }

        using var eightDays = await world.Session.PostJsonAsync(QueryPath, world.Token, new { interval = "2026-12-01T00:00:00Z/2026-12-08T00:00:01Z" });
        var body = await eightDays.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "bad.request");
        body.GetProperty("message").GetString().ShouldBe("The interval may not exceed 7 days.");
    }

    [Fact]
    public async Task With_a_filter_the_interval_may_span_thirty_one_days_and_not_more()
    {
        await using var world = await DialerWorld.StartAsync();
        var filter = new[] { new { type = "and", predicates = new[] { new { dimension = "outboundCampaignId", value = SeedIds.SpringRenewals } } } };

        using (var month = await world.Session.PostJsonAsync(QueryPath, world.Token, new { interval = "2026-12-01T00:00:00Z/2027-01-01T00:00:00Z", segmentFilters = filter }))
        {
            await month.ShouldBeJsonAsync(HttpStatusCode.OK);
        }

        using var tooLong = await world.Session.PostJsonAsync(QueryPath, world.Token, new { interval = "2026-12-01T00:00:00Z/2027-01-02T00:00:00Z", segmentFilters = filter });
        (await tooLong.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "bad.request")).GetProperty("message").GetString().ShouldBe("The interval may not exceed 31 days.");
    }

    [Fact]
    public async Task A_ten_minute_interval_returns_every_conversation_that_started_on_the_same_utc_day()
    {
        await using var world = await DialerWorld.StartAsync(s => DialerWorld.Always(s, DialOutcome.Busy));
        await world.AddAsync(ContactBodies.Contact("c-1", "One", "+13175550101"));
        await world.StartCampaignAsync();
        world.AdvanceSlots(1);
        world.Time.Advance(TimeSpan.FromMinutes(1));
        var started = world.Dialer.Attempts.Single().StartedAt;
        started.ShouldBe(DialerWorld.Start.AddMinutes(1));

        // 23:00-23:10 on the attempt's day: it touches the day, so everything that started that day comes back (§1.3).
        var lateEvening = await world.QueryAsync(new { interval = "2026-12-01T23:00:00.000Z/2026-12-01T23:10:00.000Z" });
        lateEvening.GetProperty("totalHits").GetInt32().ShouldBe(1);
        var nextDay = await world.QueryAsync(new { interval = "2026-12-02T00:00:00.000Z/2026-12-02T00:10:00.000Z" });
        nextDay.GetProperty("totalHits").GetInt32().ShouldBe(0);
        var previousDayUpToMidnight = await world.QueryAsync(new { interval = "2026-11-30T12:00:00.000Z/2026-12-01T00:00:00.000Z" });
        previousDayUpToMidnight.GetProperty("totalHits").GetInt32().ShouldBe(0, "an interval that ends at midnight does not touch the next day");
    }

    [Fact]
    public async Task An_interval_without_a_zone_is_read_as_utc()
    {
        await using var world = await DialerWorld.StartAsync(s => DialerWorld.Always(s, DialOutcome.Busy));
        await world.AddAsync(ContactBodies.Contact("c-1", "One", "+13175550101"));
        await world.StartCampaignAsync();
        world.Time.Advance(TimeSpan.FromMinutes(2));

        var body = await world.QueryAsync(new { interval = "2026-12-01T00:00:00/2026-12-02T00:00:00" });

        body.GetProperty("totalHits").GetInt32().ShouldBe(1);
    }
}
