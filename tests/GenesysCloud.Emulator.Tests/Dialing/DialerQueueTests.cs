using GenesysCloud.Emulator.Tests.Support;

namespace GenesysCloud.Emulator.Tests.Dialing;

/// <summary>
/// The dialer as a queue (issue 11): a campaign that is on dials the callable contacts of its list in queue order,
/// priority ones first, one attempt per pace slot, each phone column in the contact list's order.
/// </summary>
public sealed class DialerQueueTests
{
    [Fact]
    public async Task A_started_campaign_dials_its_contacts_in_queue_order_one_per_pace_slot()
    {
        await using var world = await DialerWorld.StartAsync(s => DialerWorld.Always(s, DialOutcome.Connected));
        await world.AddAsync(ContactBodies.Contact("c-1", "One", "+13175550101"), ContactBodies.Contact("c-2", "Two", "+13175550102"),
            ContactBodies.Contact("c-3", "Three", "+13175550103"));
        await world.StartCampaignAsync();

        world.Time.Advance(world.Dialer.Pace - TimeSpan.FromSeconds(1));
        world.Dialer.Attempts.ShouldBeEmpty("the first attempt comes one pace slot after the start");
        world.Time.Advance(TimeSpan.FromSeconds(1));
        world.Dialer.Attempts.Select(a => a.ContactId).ShouldBe(["c-1"]);
        world.AdvanceSlots(2);

        var attempts = world.Dialer.Attempts;
        attempts.Select(a => a.ContactId).ShouldBe(["c-1", "c-2", "c-3"]);
        attempts.Select(a => a.StartedAt).ShouldBe([DialerWorld.Start + world.Dialer.Pace, DialerWorld.Start + world.Dialer.Pace * 2, DialerWorld.Start + world.Dialer.Pace * 3]);
        attempts.ShouldAllBe(a => a.CampaignId == SeedIds.SpringRenewals && a.ContactListId == SeedIds.ContactList && a.PhoneColumn == "Phone");
        attempts.Select(a => a.DialedNumber).ShouldBe(["+13175550101", "+13175550102", "+13175550103"]);
    }

    [Fact]
    public async Task The_pace_is_the_seeds_attempts_per_minute()
    {
        await using var world = await DialerWorld.StartAsync(s =>
        {
            DialerWorld.Always(s, DialOutcome.Connected);
            s.Dialer.AttemptsPerMinute = 6;
        });
        await world.AddAsync([.. Enumerable.Range(1, 10).Select(i => ContactBodies.Contact($"c-{i}", $"C{i}", $"+1317555{i:D4}"))]);
        await world.StartCampaignAsync();

        world.Time.Advance(TimeSpan.FromMinutes(1));

        world.Dialer.Pace.ShouldBe(TimeSpan.FromSeconds(10));
        world.Dialer.Attempts.Count.ShouldBe(6);
    }

    [Fact]
    public async Task Priority_contacts_are_dialed_before_the_ones_already_queued_in_the_order_sent()
    {
        await using var world = await DialerWorld.StartAsync(s => DialerWorld.Always(s, DialOutcome.Connected));
        await world.AddAsync(ContactBodies.Contact("c-1", "One", "+13175550101"), ContactBodies.Contact("c-2", "Two", "+13175550102"));
        await world.AddAsync("?priority=true", ContactBodies.Contact("p-1", "Pri1", "+13175550201"), ContactBodies.Contact("p-2", "Pri2", "+13175550202"));

        world.Dialer.QueueOf(SeedIds.SpringRenewals).Select(q => q.ContactId).ShouldBe(["p-1", "p-2", "c-1", "c-2"]);
        await world.StartCampaignAsync();
        world.AdvanceSlots(4);

        world.Dialer.Attempts.Select(a => a.ContactId).ShouldBe(["p-1", "p-2", "c-1", "c-2"]);
    }

    [Fact]
    public async Task Each_phone_column_is_dialed_in_the_contact_lists_order_even_when_the_campaign_lists_them_the_other_way()
    {
        await using var world = await DialerWorld.StartAsync(s =>
        {
            var campaign = s.Campaigns.Single(c => c.Id == SeedIds.SpringRenewals);
            campaign.PhoneColumns.Reverse();
            s.Dialer.OutcomesByNumber["+13175550101"] = ["invalidNumber"];
            s.Dialer.OutcomesByNumber["+13175550901"] = ["connected"];
        });
        await world.AddAsync(ContactBodies.Contact("c-1", "One", "+13175550101", mobile: "+13175550901"));
        await world.StartCampaignAsync();

        world.AdvanceSlots(2);

        var attempts = world.Dialer.Attempts;
        attempts.Select(a => (a.PhoneColumn, a.DialedNumber)).ShouldBe([("Phone", "+13175550101"), ("MobilePhone", "+13175550901")]);
        attempts[0].Outcome.ShouldBe(DialOutcome.InvalidNumber);
        var contact = world.Emulator.ContactsIn(SeedIds.ContactList)["c-1"];
        contact.PhoneNumberStatus["Phone"].ShouldBeFalse("an invalid number (SIT) becomes uncallable");
    }

    [Fact]
    public async Task A_campaign_dials_only_its_own_phone_columns()
    {
        await using var world = await DialerWorld.StartAsync(s =>
        {
            DialerWorld.Always(s, DialOutcome.InvalidNumber);
            s.Campaigns.Single(c => c.Id == SeedIds.SpringRenewals).PhoneColumns.RemoveAll(c => c.ColumnName == "Phone");
        });
        await world.AddAsync(ContactBodies.Contact("c-1", "One", "+13175550101", mobile: "+13175550901"));
        await world.StartCampaignAsync();

        world.AdvanceSlots(5);

        world.Dialer.Attempts.Select(a => a.PhoneColumn).ShouldBe(["MobilePhone"]);
    }

    [Fact]
    public async Task A_contact_without_a_number_in_any_dialed_column_is_finished_without_an_attempt()
    {
        await using var world = await DialerWorld.StartAsync(s => DialerWorld.Always(s, DialOutcome.Connected));
        await world.AddAsync(ContactBodies.Contact("c-1", "One", phone: ""), ContactBodies.Contact("c-2", "Two", "+13175550102"));
        await world.StartCampaignAsync();

        world.AdvanceSlots(1);

        world.Dialer.Attempts.Select(a => a.ContactId).ShouldBe(["c-2"]);
        var progress = await world.GetJsonAsync($"/api/v2/outbound/campaigns/{SeedIds.SpringRenewals}/progress");
        progress.GetProperty("numberOfContactsSkipped").GetProperty("ININ-OUTBOUND-NO-CALLABLE-NUMBERS-SKIPPED").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task A_campaign_that_is_off_does_not_dial_and_keeps_its_queue_for_when_it_is_started()
    {
        await using var world = await DialerWorld.StartAsync(s => DialerWorld.Always(s, DialOutcome.Connected));
        await world.AddAsync(ContactBodies.Contact("c-1", "One", "+13175550101"));

        world.Time.Advance(TimeSpan.FromHours(1));
        world.Dialer.Attempts.ShouldBeEmpty();
        world.Dialer.QueueOf(SeedIds.SpringRenewals).Select(q => q.ContactId).ShouldBe(["c-1"]);

        await world.StartCampaignAsync();
        world.AdvanceSlots(1);
        world.Dialer.Attempts.Select(a => a.ContactId).ShouldBe(["c-1"]);
    }

    [Fact]
    public async Task A_stopping_campaign_places_no_new_attempt_but_the_call_in_flight_still_finishes()
    {
        await using var world = await DialerWorld.StartAsync(s => DialerWorld.Always(s, DialOutcome.Connected));
        await world.AddAsync(ContactBodies.Contact("c-1", "One", "+13175550101"), ContactBodies.Contact("c-2", "Two", "+13175550102"));
        await world.StartCampaignAsync();
        world.AdvanceSlots(1);
        world.Dialer.Attempts.Single().State.ShouldBe(DialAttemptState.Dialing);

        await world.StopCampaignAsync();
        (await world.StatusOfAsync()).ShouldBe("stopping");
        world.Time.Advance(TimeSpan.FromMinutes(30));

        var attempt = world.Dialer.Attempts.ShouldHaveSingleItem();
        attempt.State.ShouldBe(DialAttemptState.Finished);
        world.Emulator.ContactsIn(SeedIds.ContactList)["c-1"].CallRecords.ShouldContainKey("Phone");
        (await world.StatusOfAsync()).ShouldBe("off");
    }

    [Fact]
    public async Task Two_campaigns_on_one_list_never_call_a_contact_at_the_same_time_and_the_second_calls_after_the_first_is_done()
    {
        await using var world = await DialerWorld.DialingAsync(["connected:Sale", "busy"]);
        await world.StartCampaignAsync(SeedIds.WinbackQ4);

        world.Time.Advance(TimeSpan.FromMinutes(20));

        var attempts = world.Dialer.Attempts;
        attempts.Take(2).Select(a => a.CampaignId).ShouldBe([SeedIds.SpringRenewals, SeedIds.WinbackQ4]);
        attempts[1].StartedAt.ShouldBe(attempts[0].ResultAt!.Value + world.Dialer.Pace, "the wait ends with the first campaign's result");
    }
}
