using GenesysCloud.Emulator.Tests.Support;

namespace GenesysCloud.Emulator.Tests.Contacts;

/// <summary>
/// Contacts are queue entries (genesys-cloud-api.md §8.2): what <c>doNotQueue</c>, <c>priority</c> and
/// <c>clearSystemData</c> do to new and existing contacts, observable as attempts.
/// </summary>
public sealed class ContactQueueingTests
{
    [Fact]
    public async Task A_new_contact_sent_with_doNotQueue_is_still_queued_and_dialed()
    {
        // Current wording (SDK 270, CLI 166, Terraform 1.84.1): "For new contacts, this parameter has no effect".
        await using var world = await DialerWorld.StartAsync(s => DialerWorld.Always(s, DialOutcome.Connected));
        await world.StartCampaignAsync();

        await world.AddAsync("?doNotQueue=true", ContactBodies.Contact("c-1", "One", "+13175550101"));
        world.AdvanceSlots(1);

        world.Dialer.Attempts.Select(a => a.ContactId).ShouldBe(["c-1"]);
    }

    [Fact]
    public async Task With_the_older_wording_a_new_contact_sent_with_doNotQueue_waits_for_a_recycle()
    {
        await using var world = await DialerWorld.StartAsync(s =>
        {
            DialerWorld.Always(s, DialOutcome.Connected);
            s.Settings.NewContactsWithDoNotQueue = EmulatorSettings.NewContactsHeldUntilRecycle;
            s.Settings.CampaignCompletesWhenExhausted = false;
        });
        await world.StartCampaignAsync();
        await world.AddAsync("?doNotQueue=true", ContactBodies.Contact("c-1", "One", "+13175550101"));
        world.Time.Advance(TimeSpan.FromHours(1));
        world.Dialer.Attempts.ShouldBeEmpty("held until a campaign recycle");
        world.Dialer.QueueOf(SeedIds.SpringRenewals).ShouldHaveSingleItem().Held.ShouldBeTrue();

        using (var recycle = await world.Session.DeleteAsync($"/api/v2/outbound/campaigns/{SeedIds.SpringRenewals}/progress", world.Token))
        {
            recycle.StatusCode.ShouldBe(System.Net.HttpStatusCode.Accepted);
            (await recycle.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBeEmpty();
        }

        world.AdvanceSlots(1);
        world.Dialer.Attempts.Select(a => a.ContactId).ShouldBe(["c-1"]);
    }

    [Fact]
    public async Task An_existing_contact_resent_without_doNotQueue_is_dialed_again()
    {
        // The bug the app must avoid: a replay or an unrelated edit re-queues a contact that was already dialed.
        // (The campaign stays on after its only contact, as a campaign with more contacts or alwaysRunning would.)
        await using var world = await DialerWorld.StartAsync(s =>
        {
            DialerWorld.Always(s, DialOutcome.Connected);
            s.Settings.CampaignCompletesWhenExhausted = false;
        });
        await world.AddAsync(ContactBodies.Contact("c-1", "One", "+13175550101"));
        await world.StartCampaignAsync();
        world.Time.Advance(TimeSpan.FromMinutes(15));
        world.Dialer.Attempts.Count.ShouldBe(1);

        await world.AddAsync(ContactBodies.Contact("c-1", "One (edited)", "+13175550101"));
        world.AdvanceSlots(1);

        world.Dialer.Attempts.Select(a => a.ContactId).ShouldBe(["c-1", "c-1"]);
    }

    [Fact]
    public async Task A_contact_resent_with_doNotQueue_is_not_dialed_again()
    {
        await using var world = await DialerWorld.StartAsync(s =>
        {
            DialerWorld.Always(s, DialOutcome.Connected);
            s.Settings.CampaignCompletesWhenExhausted = false;
        });
        await world.AddAsync(ContactBodies.Contact("c-1", "One", "+13175550101"));
        await world.StartCampaignAsync();
        world.Time.Advance(TimeSpan.FromMinutes(15));

        await world.AddAsync("?doNotQueue=true", ContactBodies.Contact("c-1", "One (edited)", "+13175550101"));
        world.Time.Advance(TimeSpan.FromHours(2));

        world.Dialer.Attempts.Count.ShouldBe(1);
        world.Emulator.ContactsIn(SeedIds.ContactList)["c-1"].Data["FirstName"].ShouldBe("One (edited)", "the data is still updated");
    }

    [Fact]
    public async Task Resending_a_waiting_contact_with_doNotQueue_keeps_its_place_in_the_queue()
    {
        await using var world = await DialerWorld.StartAsync(s => DialerWorld.Always(s, DialOutcome.Connected));
        await world.AddAsync(ContactBodies.Contact("c-1", "One", "+13175550101"), ContactBodies.Contact("c-2", "Two", "+13175550102"));

        await world.AddAsync("?doNotQueue=true", ContactBodies.Contact("c-1", "One (edited)", "+13175550101"));
        world.Dialer.QueueOf(SeedIds.SpringRenewals).Select(q => q.ContactId).ShouldBe(["c-1", "c-2"]);
        await world.AddAsync(ContactBodies.Contact("c-1", "One (again)", "+13175550101"));
        world.Dialer.QueueOf(SeedIds.SpringRenewals).Select(q => q.ContactId).ShouldBe(["c-2", "c-1"], "doNotQueue=false re-queues at the end");
        await world.AddAsync("?priority=true", ContactBodies.Contact("c-1", "One (urgent)", "+13175550101"));

        world.Dialer.QueueOf(SeedIds.SpringRenewals).Select(q => q.ContactId).ShouldBe(["c-1", "c-2"], "priority re-queues at the front");
    }

    [Fact]
    public async Task Clear_system_data_clears_call_records_callable_status_and_attempts_of_an_existing_contact()
    {
        await using var world = await DialerWorld.StartAsync(s =>
        {
            s.Settings.CampaignCompletesWhenExhausted = false;
            s.Dialer.OutcomesByNumber["+13175550101"] = ["invalidNumber"];
            s.Dialer.OutcomesByNumber["+13175550901"] = ["connected:Do not call"];
        });
        await world.AddAsync(ContactBodies.Contact("c-1", "One", "+13175550101", mobile: "+13175550901"));
        await world.StartCampaignAsync();
        world.Time.Advance(TimeSpan.FromMinutes(10));
        var dialed = world.Emulator.ContactsIn(SeedIds.ContactList)["c-1"];
        (dialed.Callable, dialed.PhoneNumberStatus["Phone"], dialed.CallRecords.Count).ShouldBe((false, false, 2));

        var resend = ContactBodies.Contact("c-1", "One", "+13175550101", mobile: "+13175550901");
        resend.Remove("callable");
        await world.AddAsync("?clearSystemData=true&doNotQueue=true", resend);

        var cleared = world.Emulator.ContactsIn(SeedIds.ContactList)["c-1"];
        cleared.Callable.ShouldBeTrue();
        cleared.PhoneNumberStatus.ShouldBeEmpty();
        cleared.CallRecords.ShouldBeEmpty();
        world.Time.Advance(TimeSpan.FromHours(1));
        world.Dialer.Attempts.Count.ShouldBe(2, "doNotQueue=true: cleared, but not re-queued");
    }

    [Fact]
    public async Task Without_clear_system_data_a_resent_contact_keeps_its_system_columns()
    {
        await using var world = await DialerWorld.DialingAsync(["invalidNumber"]);
        world.Time.Advance(TimeSpan.FromMinutes(5));

        await world.AddAsync("?doNotQueue=true", ContactBodies.Contact("c-1", "One", "+13175550101"));

        var contact = world.Emulator.ContactsIn(SeedIds.ContactList)["c-1"];
        contact.CallRecords["Phone"].LastResult.ShouldBe("ININ-OUTBOUND-SIT-UNCALLABLE");
        contact.PhoneNumberStatus["Phone"].ShouldBeFalse();
    }

    [Fact]
    public async Task A_contact_a_client_marks_uncallable_is_not_dialed()
    {
        await using var world = await DialerWorld.StartAsync(s => DialerWorld.Always(s, DialOutcome.Connected));
        var stopped = ContactBodies.Contact("c-1", "One", "+13175550101");
        stopped["callable"] = false;
        await world.AddAsync(stopped, ContactBodies.Contact("c-2", "Two", "+13175550102"));
        await world.StartCampaignAsync();

        world.Time.Advance(TimeSpan.FromHours(1));

        world.Dialer.Attempts.Select(a => a.ContactId).ShouldBe(["c-2"]);
        (await world.StatusOfAsync()).ShouldBe("complete", "an uncallable contact does not keep the campaign running");
    }

    [Fact]
    public async Task Marking_a_queued_contact_uncallable_with_doNotQueue_stops_its_dialing()
    {
        // How the app stops a contact that DELETE kept because it was in use.
        await using var world = await DialerWorld.StartAsync(s => DialerWorld.Always(s, DialOutcome.NoAnswer));
        await world.AddAsync(ContactBodies.Contact("c-1", "One", "+13175550101"));
        await world.StartCampaignAsync();
        world.AdvanceSlots(1);
        world.Time.Advance(TimeSpan.FromMinutes(1));

        var stop = ContactBodies.Contact("c-1", "One", "+13175550101");
        stop["callable"] = false;
        await world.AddAsync("?doNotQueue=true", stop);
        world.Time.Advance(TimeSpan.FromHours(3));

        world.Dialer.Attempts.Count.ShouldBe(1, "without the write the no-answer would have been retried twice");
    }

    [Fact]
    public async Task A_number_a_client_marks_uncallable_in_phone_number_status_is_skipped()
    {
        await using var world = await DialerWorld.StartAsync(s => DialerWorld.Always(s, DialOutcome.Connected));
        var contact = ContactBodies.Contact("c-1", "One", "+13175550101", mobile: "+13175550901");
        contact["phoneNumberStatus"] = new System.Text.Json.Nodes.JsonObject { ["Phone"] = new System.Text.Json.Nodes.JsonObject { ["callable"] = false } };
        await world.AddAsync(contact);
        await world.StartCampaignAsync();

        world.AdvanceSlots(1);

        world.Dialer.Attempts.Select(a => a.PhoneColumn).ShouldBe(["MobilePhone"]);
        (await world.ContactAsync("c-1")).GetProperty("phoneNumberStatus").GetProperty("Phone").GetProperty("callable").GetBoolean().ShouldBeFalse();
    }
}
