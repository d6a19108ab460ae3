using System.Net;
using GenesysCloud.Emulator.Tests.Support;

namespace GenesysCloud.Emulator.Tests.Dialing;

/// <summary>What an attempt leaves behind: callRecords, callable state, complete, progress and stats (§8.2, results §3, §5).</summary>
public sealed class DialerResultTests
{
    [Fact]
    public async Task After_an_attempt_the_contact_call_records_hold_the_last_attempt_and_result_per_column()
    {
        await using var world = await DialerWorld.DialingAsync(["busy", "noAnswer"]);

        world.AdvanceSlots(1);
        (await world.ContactAsync("c-1")).GetProperty("callRecords").EnumerateObject().ShouldBeEmpty("the result is written when the call ends");
        world.Time.Advance(TimeSpan.FromSeconds(10));
        var first = world.Dialer.Attempts.Single();
        var records = (await world.ContactAsync("c-1")).GetProperty("callRecords");
        records.GetProperty("Phone").GetProperty("lastAttempt").GetString().ShouldBe(first.StartedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"));
        records.GetProperty("Phone").GetProperty("lastResult").GetString().ShouldBe("ININ-OUTBOUND-BUSY");

        world.Time.Advance(TimeSpan.FromMinutes(20));
        var second = world.Dialer.Attempts[1];
        records = (await world.ContactAsync("c-1")).GetProperty("callRecords");
        records.GetProperty("Phone").GetProperty("lastAttempt").GetString().ShouldBe(second.StartedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"), "last attempt only");
        records.GetProperty("Phone").GetProperty("lastResult").GetString().ShouldBe("ININ-OUTBOUND-NO-ANSWER");
    }

    [Theory]
    [InlineData(EmulatorSettings.AgentResultName, "Sale")]
    [InlineData(EmulatorSettings.AgentResultId, SeedIds.SaleWrapUp)]
    public async Task An_agent_result_reaches_the_call_records_after_the_after_call_work_as_name_or_id_per_setting(string setting, string expected)
    {
        await using var world = await DialerWorld.StartAsync(s =>
        {
            s.Settings.CallRecordAgentResult = setting;
            s.Dialer.OutcomesByNumber["+13175550101"] = ["connected:Sale"];
        });
        await world.AddAsync(ContactBodies.Contact("c-1", "One", "+13175550101"));
        await world.StartCampaignAsync();
        world.AdvanceSlots(1);
        world.Time.Advance(TimeSpan.FromMinutes(12));

        var attempt = world.Dialer.Attempts.Single();
        attempt.State.ShouldBe(DialAttemptState.Finished);
        (attempt.WrapUpCode, attempt.WrapUpCodeName, attempt.AgentId).ShouldBe((SeedIds.SaleWrapUp, "Sale", attempt.AgentId.ShouldNotBeNull()));
        (attempt.ResultAt - attempt.EndedAt).ShouldBe(TimeSpan.FromSeconds(DialerSeed.DefaultAfterCallWorkSeconds));
        var records = (await world.ContactAsync("c-1")).GetProperty("callRecords");
        records.GetProperty("Phone").GetProperty("lastResult").GetString().ShouldBe(expected);
    }

    [Fact]
    public async Task A_wrap_up_mapped_contact_uncallable_makes_the_contact_uncallable()
    {
        await using var world = await DialerWorld.DialingAsync(["connected:Do not call"]);
        world.AdvanceSlots(1);
        world.Time.Advance(TimeSpan.FromMinutes(5));

        var contact = await world.ContactAsync("c-1");

        contact.GetProperty("callable").GetBoolean().ShouldBeFalse();
        contact.GetProperty("contactableStatus").GetProperty("Voice").GetProperty("contactable").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task A_campaign_with_nothing_left_to_dial_goes_complete()
    {
        await using var world = await DialerWorld.StartAsync(s => DialerWorld.Always(s, DialOutcome.Connected));
        await world.AddAsync(ContactBodies.Contact("c-1", "One", "+13175550101"), ContactBodies.Contact("c-2", "Two", "+13175550102"));
        await world.StartCampaignAsync();
        world.AdvanceSlots(2);
        (await world.StatusOfAsync()).ShouldBe("on", "the calls are still in progress");

        world.Time.Advance(TimeSpan.FromMinutes(30));

        (await world.StatusOfAsync()).ShouldBe("complete");
        world.Dialer.NextDialAt(SeedIds.SpringRenewals).ShouldBeNull();
    }

    [Fact]
    public async Task With_complete_switched_off_an_exhausted_campaign_stays_on_and_dials_contacts_added_later()
    {
        await using var world = await DialerWorld.StartAsync(s =>
        {
            DialerWorld.Always(s, DialOutcome.Connected);
            s.Settings.CampaignCompletesWhenExhausted = false;
        });
        await world.StartCampaignAsync();
        world.Time.Advance(TimeSpan.FromHours(1));
        (await world.StatusOfAsync()).ShouldBe("on");

        await world.AddAsync(ContactBodies.Contact("c-1", "One", "+13175550101"));
        world.AdvanceSlots(1);

        world.Dialer.Attempts.Select(a => a.ContactId).ShouldBe(["c-1"]);
    }

    [Fact]
    public async Task An_always_running_campaign_stays_on_over_an_empty_list()
    {
        await using var world = await DialerWorld.StartAsync();
        await world.StartCampaignAsync(SeedIds.WinbackQ4);

        world.Time.Advance(TimeSpan.FromHours(1));

        (await world.StatusOfAsync(SeedIds.WinbackQ4)).ShouldBe("on");
    }

    [Fact]
    public async Task A_complete_campaign_started_again_dials_every_contact_again()
    {
        await using var world = await DialerWorld.StartAsync(s => DialerWorld.Always(s, DialOutcome.Connected));
        await world.AddAsync(ContactBodies.Contact("c-1", "One", "+13175550101"));
        await world.StartCampaignAsync();
        world.Time.Advance(TimeSpan.FromMinutes(30));
        (await world.StatusOfAsync()).ShouldBe("complete");

        await world.StartCampaignAsync();
        world.AdvanceSlots(1);

        world.Dialer.Attempts.Select(a => a.ContactId).ShouldBe(["c-1", "c-1"]);
    }

    [Fact]
    public async Task Progress_and_stats_reflect_what_was_dialed()
    {
        await using var world = await DialerWorld.StartAsync(s =>
        {
            s.Dialer.OutcomesByNumber["+13175550101"] = ["connected:Sale"];
            s.Dialer.OutcomesByNumber["+13175550102"] = ["busy"];
            s.Dialer.OutcomesByNumber["+13175550103"] = ["busy"];
            s.Dialer.OutcomesByNumber["+13175550104"] = ["busy"];
        });
        await world.AddAsync(ContactBodies.Contact("c-1", "One", "+13175550101"), ContactBodies.Contact("c-2", "Two", "+13175550102"),
            ContactBodies.Contact("c-3", "Three", "+13175550103"), ContactBodies.Contact("c-4", "Four", "+13175550104"));
        await world.StartCampaignAsync();
        world.AdvanceSlots(2);
        world.Time.Advance(TimeSpan.FromSeconds(30));

        var progress = await world.GetJsonAsync($"/api/v2/outbound/campaigns/{SeedIds.SpringRenewals}/progress");
        progress.GetProperty("numberOfContactsCalled").GetInt64().ShouldBe(2);
        progress.GetProperty("totalNumberOfContacts").GetInt64().ShouldBe(4);
        progress.GetProperty("percentage").GetInt64().ShouldBe(50);
        progress.GetProperty("campaign").GetProperty("id").GetString().ShouldBe(SeedIds.SpringRenewals);

        world.Time.Advance(TimeSpan.FromMinutes(11));
        var stats = await world.GetJsonAsync($"/api/v2/outbound/campaigns/{SeedIds.SpringRenewals}/stats");
        stats.GetProperty("contactRate").GetProperty("attempts").GetInt64().ShouldBe(world.Dialer.AttemptsOf(SeedIds.SpringRenewals).Count);
        stats.GetProperty("contactRate").GetProperty("connects").GetInt64().ShouldBe(world.Dialer.Attempts.Count(a => a.ConnectedAt is not null));
        stats.GetProperty("businessCategoryMetrics").GetProperty("successCount").GetInt32().ShouldBe(1, "the Sale is mapped BUSINESS_SUCCESS");
    }

    [Fact]
    public async Task Progress_of_an_unknown_campaign_is_campaign_not_found()
    {
        await using var world = await DialerWorld.StartAsync();

        using var response = await world.Session.GetAsync($"/api/v2/outbound/campaigns/{SeedIds.UnknownGuid}/progress", world.Token);

        await response.ShouldBeErrorBodyAsync(HttpStatusCode.NotFound, "campaign.not.found");
    }
}
