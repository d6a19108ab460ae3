using System.Net;
using GenesysCloud.Emulator.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace GenesysCloud.Emulator.Tests.Admin;

/// <summary><c>/__emulator/clock</c> (read; advance an ScaledClock) and <c>/__emulator/dialer</c> (queue, attempts).</summary>
public sealed class ClockAndDialerAdminTests
{
    [Fact]
    public async Task The_clock_of_an_emulator_on_an_accelerated_clock_is_read_and_advanced_and_the_dialer_follows()
    {
        using var clock = new ScaledClock(DialerWorld.Start, 1, realTime: new FakeTimeProvider(DialerWorld.Start));
        var seed = Seeds.With(s => s.Campaigns.Single(c => c.Id == SeedIds.WinbackQ4).CampaignStatus = "off");
        await using var session = await EmulatorSession.StartAsync(seed, clock);
        var token = await session.GetTokenAsync();
        await ContactBodies.AddAsync(session, token, ContactBodies.Contacts(3));
        using (var start = await session.PostJsonAsync($"/api/v2/outbound/campaigns/{SeedIds.SpringRenewals}/start", token, null))
        {
            await start.ShouldBeEmptyOkAsync();
        }

        using var read = await session.GetAsync("/__emulator/clock", null);
        var before = await read.ShouldBeJsonAsync(HttpStatusCode.OK);
        (before.GetProperty("now").GetString(), before.GetProperty("controllable").GetBoolean(), before.GetProperty("speed").GetDouble())
            .ShouldBe(("2026-12-01T09:00:00.000Z", true, 1.0));

        using var advance = await session.AdminPostAsync("/__emulator/clock", new { advanceSeconds = 150 });
        (await advance.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("now").GetString().ShouldBe("2026-12-01T09:02:30.000Z");

        using var dialer = await session.GetAsync($"/__emulator/dialer?campaignId={SeedIds.SpringRenewals}", null);
        var body = await dialer.ShouldBeJsonAsync(HttpStatusCode.OK);
        body.GetProperty("paceSeconds").GetDouble().ShouldBe(60);
        var campaign = body.GetProperty("campaigns").EnumerateArray().ShouldHaveSingleItem();
        campaign.GetProperty("campaignStatus").GetString().ShouldBe("on");
        campaign.GetProperty("attempts").EnumerateArray().Select(a => a.GetProperty("contactId").GetString()).ShouldBe(["sf-0001", "sf-0002"]);
        campaign.GetProperty("attempts")[0].GetProperty("conversationId").GetString().ShouldBe(session.Emulator.Dialer.Attempts[0].ConversationId);
        campaign.GetProperty("queue").EnumerateArray().Select(q => q.GetProperty("contactId").GetString()).ShouldContain("sf-0003");
        campaign.GetProperty("nextDialAt").GetString().ShouldBe("2026-12-01T09:03:00.000Z");
    }

    [Fact]
    public async Task A_fake_time_provider_cannot_be_advanced_over_http_but_is_readable()
    {
        var time = new FakeTimeProvider(DialerWorld.Start);
        await using var session = await EmulatorSession.StartAsync(timeProvider: time);

        using var read = await session.GetAsync("/__emulator/clock", null);
        using var advance = await session.AdminPostAsync("/__emulator/clock", new { advanceSeconds = 60 });

        (await read.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("controllable").GetBoolean().ShouldBeFalse();
        advance.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        time.GetUtcNow().ShouldBe(DialerWorld.Start);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1e12)]
    public async Task An_advance_outside_zero_to_ten_years_is_refused(double seconds)
    {
        using var clock = new ScaledClock(DialerWorld.Start, 1, realTime: new FakeTimeProvider(DialerWorld.Start));
        await using var session = await EmulatorSession.StartAsync(timeProvider: clock);

        using var advance = await session.AdminPostAsync("/__emulator/clock", new { advanceSeconds = seconds });

        advance.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_dialer_view_lists_every_campaign_and_the_dnc_skips()
    {
        await using var world = await DialerWorld.StartAsync(s => s.DncLists.Single(l => l.Id == SeedIds.InternalDnc).PhoneNumbers.Add("+13175550100"));
        await world.AddAsync(ContactBodies.Contact("c-1", "One", "+13175550100"));
        await world.StartCampaignAsync();
        world.AdvanceSlots(1);

        using var response = await world.Session.GetAsync("/__emulator/dialer", null);

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        body.GetProperty("campaigns").GetArrayLength().ShouldBe(3);
        var skip = body.GetProperty("skips").EnumerateArray().ShouldHaveSingleItem();
        (skip.GetProperty("contactId").GetString(), skip.GetProperty("code").GetString()).ShouldBe(("c-1", "ININ-OUTBOUND-ON-DO-NOT-CALL-LIST"));
    }
}
