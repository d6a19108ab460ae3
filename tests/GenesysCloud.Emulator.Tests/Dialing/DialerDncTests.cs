using GenesysCloud.Emulator.Tests.Support;

namespace GenesysCloud.Emulator.Tests.Dialing;

/// <summary>Numbers on one of the campaign's DNC lists are skipped, not called (issue 11; results reference §2.1, §2.3).</summary>
public sealed class DialerDncTests
{
    private const string DncNumber = "+13175550100";

    [Fact]
    public async Task A_number_on_the_campaigns_dnc_list_is_skipped_and_the_next_column_is_dialed()
    {
        await using var world = await DialerWorld.StartAsync(s =>
        {
            DialerWorld.Always(s, DialOutcome.Connected);
            s.DncLists.Single(l => l.Id == SeedIds.InternalDnc).PhoneNumbers.Add(DncNumber);
        });
        await world.AddAsync(ContactBodies.Contact("c-1", "One", "(317) 555-0100", mobile: "+13175550901"));
        await world.StartCampaignAsync();

        world.AdvanceSlots(1);

        world.Dialer.Attempts.Select(a => (a.ContactId, a.PhoneColumn)).ShouldBe([("c-1", "MobilePhone")]);
        var skip = world.Dialer.Skips.ShouldHaveSingleItem();
        (skip.ContactId, skip.PhoneColumn, skip.Code, skip.ConversationId).ShouldBe(("c-1", "Phone", "ININ-OUTBOUND-ON-DO-NOT-CALL-LIST", (string?)null));
        var records = (await world.ContactAsync("c-1")).GetProperty("callRecords");
        records.GetProperty("Phone").GetProperty("lastResult").GetString().ShouldBe("ININ-OUTBOUND-ON-DO-NOT-CALL-LIST");
    }

    [Fact]
    public async Task A_contact_whose_numbers_are_all_on_dnc_is_skipped_counted_in_progress_and_has_no_conversation()
    {
        await using var world = await DialerWorld.StartAsync(s => s.DncLists.Single(l => l.Id == SeedIds.InternalDnc).PhoneNumbers.Add(DncNumber));
        await world.AddAsync(ContactBodies.Contact("c-1", "One", DncNumber));
        await world.StartCampaignAsync();

        world.AdvanceSlots(1);

        world.Dialer.Attempts.ShouldBeEmpty();
        var progress = await world.GetJsonAsync($"/api/v2/outbound/campaigns/{SeedIds.SpringRenewals}/progress");
        progress.GetProperty("numberOfContactsCalled").GetInt64().ShouldBe(0);
        progress.GetProperty("numberOfContactsSkipped").GetProperty("ININ-OUTBOUND-ON-DO-NOT-CALL-LIST").GetInt32().ShouldBe(1);
        var results = await world.QueryAsync(new { interval = DialerWorld.StartDay });
        results.GetProperty("totalHits").GetInt32().ShouldBe(0, "the default: a DNC skip is no analytics conversation (UNCONFIRMED)");
        results.TryGetProperty("conversations", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task With_dnc_skip_conversations_a_skip_is_a_conversation_carrying_the_dnc_system_code()
    {
        await using var world = await DialerWorld.StartAsync(s =>
        {
            s.Settings.DncSkipConversations = true;
            s.DncLists.Single(l => l.Id == SeedIds.InternalDnc).PhoneNumbers.Add(DncNumber);
        });
        await world.AddAsync(ContactBodies.Contact("c-1", "One", DncNumber));
        await world.StartCampaignAsync();
        world.AdvanceSlots(1);

        var results = await world.QueryAsync(new { interval = DialerWorld.StartDay });

        var conversation = results.GetProperty("conversations").EnumerateArray().ShouldHaveSingleItem();
        conversation.GetProperty("conversationId").GetString().ShouldBe(world.Dialer.Skips.Single().ConversationId);
        var codes = conversation.GetProperty("participants").EnumerateArray()
            .SelectMany(p => p.GetProperty("sessions").EnumerateArray())
            .SelectMany(s => s.TryGetProperty("segments", out var segments) ? segments.EnumerateArray() : Enumerable.Empty<System.Text.Json.JsonElement>())
            .Where(s => s.GetProperty("segmentType").GetString() == "wrapup")
            .Select(s => s.GetProperty("wrapUpCode").GetString());
        codes.ShouldBe(["ININ-OUTBOUND-ON-DO-NOT-CALL-LIST"]);
    }

    [Fact]
    public async Task A_dnc_number_whose_expiry_has_passed_is_dialed_again()
    {
        await using var world = await DialerWorld.StartAsync(s => DialerWorld.Always(s, DialOutcome.Connected));
        var expiry = DialerWorld.Start.AddMinutes(30);
        using (var add = await world.Session.PostJsonAsync(
            $"/api/v2/outbound/dnclists/{SeedIds.InternalDnc}/phonenumbers?expirationDateTime={expiry:yyyy-MM-dd'T'HH:mm}Z", world.Token, new[] { DncNumber }))
        {
            await add.ShouldBeEmptyOkAsync();
        }

        await world.AddAsync(ContactBodies.Contact("c-1", "One", DncNumber));
        world.Time.Advance(TimeSpan.FromHours(1));
        await world.StartCampaignAsync();
        world.AdvanceSlots(1);

        world.Dialer.Attempts.Select(a => a.DialedNumber).ShouldBe([DncNumber]);
    }

    [Fact]
    public async Task A_dnc_list_the_campaign_does_not_use_does_not_stop_the_call()
    {
        await using var world = await DialerWorld.StartAsync(s =>
        {
            DialerWorld.Always(s, DialOutcome.Connected);
            s.DncLists.Single(l => l.Id == SeedIds.InternalDnc).PhoneNumbers.Add(DncNumber);
            s.Campaigns.Single(c => c.Id == SeedIds.SpringRenewals).AdditionalProperties!.Remove("dncLists");
        });
        await world.AddAsync(ContactBodies.Contact("c-1", "One", DncNumber));
        await world.StartCampaignAsync();

        world.AdvanceSlots(1);

        world.Dialer.Attempts.ShouldHaveSingleItem();
        world.Dialer.Skips.ShouldBeEmpty();
    }
}
