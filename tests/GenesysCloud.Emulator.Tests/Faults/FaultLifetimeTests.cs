using System.Net;
using Emulators.Hosting;
using GenesysCloud.Emulator.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace GenesysCloud.Emulator.Tests.Faults;

/// <summary>How long injected faults last: removing one rule, rules limited in emulator time, and what Clear and ClearAll keep.</summary>
public sealed class FaultLifetimeTests
{
    private const string CampaignsPath = "/api/v2/outbound/campaigns";

    [Fact]
    public async Task Clear_removes_the_rules_but_keeps_latency_and_the_token_outage_which_ClearAll_also_removes()
    {
        await using var session = await EmulatorSession.StartAsync();
        var faults = session.Emulator.Faults;
        faults.Add(CampaignsPath, 500);
        faults.Latency = TimeSpan.FromMilliseconds(1);
        faults.TokenOutageStatus = 503;

        faults.Clear();

        faults.Rules.ShouldBeEmpty();
        faults.Latency.ShouldBe(TimeSpan.FromMilliseconds(1));
        faults.TokenOutageStatus.ShouldBe(503);
        using (var outage = await session.RequestTokenAsync(SeedClients.Local))
        {
            outage.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        }

        faults.ClearAll();

        faults.Latency.ShouldBe(TimeSpan.Zero);
        faults.TokenOutageStatus.ShouldBeNull();
        using var token = await session.RequestTokenAsync(SeedClients.Local);
        token.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_removed_rule_stops_applying_and_the_rules_after_it_still_apply()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        var first = session.Emulator.Faults.Add(new FaultRule { PathPrefix = CampaignsPath, Method = "GET", Status = 500 });
        session.Emulator.Faults.Add(new FaultRule { PathPrefix = CampaignsPath, Method = "GET", Status = 503, Count = 1 });

        session.Emulator.Faults.Remove(first).ShouldBeTrue();

        using (var second = await session.GetAsync(CampaignsPath, token))
        {
            second.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        }

        using var after = await session.GetAsync(CampaignsPath, token);
        after.StatusCode.ShouldBe(HttpStatusCode.OK);
        session.Emulator.Faults.Remove(first).ShouldBeFalse();
    }

    [Fact]
    public async Task A_rule_with_a_duration_applies_until_that_much_emulator_time_has_passed()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        await using var session = await EmulatorSession.StartAsync(timeProvider: time);
        var token = await session.GetTokenAsync();
        session.Emulator.Faults.Add(new FaultRule { PathPrefix = CampaignsPath, Status = 503, DurationSeconds = 600 });

        time.Advance(TimeSpan.FromSeconds(599));
        using (var during = await session.GetAsync(CampaignsPath, token))
        {
            during.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        }

        time.Advance(TimeSpan.FromSeconds(1));
        using var after = await session.GetAsync(CampaignsPath, token);
        after.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
