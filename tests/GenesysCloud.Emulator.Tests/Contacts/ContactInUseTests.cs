using System.Net;
using GenesysCloud.Emulator.Tests.Support;

namespace GenesysCloud.Emulator.Tests.Contacts;

/// <summary>
/// DELETE "Only contacts that are not in use by any campaign will be deleted" (§8.2), answering 200 with no body
/// either way. "In use" is <c>settings.contactInUse</c>: the list belongs to a campaign that is on or stopping
/// (default), an attempt is in flight, or never.
/// </summary>
public sealed class ContactInUseTests
{
    private const string Path = ContactBodies.ContactsPath;

    [Fact]
    public async Task While_a_campaign_on_the_list_is_on_delete_answers_200_with_no_body_and_keeps_the_contacts()
    {
        // The default seed: Winback Q4 is on over the list.
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        await ContactBodies.AddAsync(session, token, ContactBodies.Contacts(2));

        using var response = await session.DeleteAsync(Path + "?contactIds=sf-0001", token);

        await response.ShouldBeEmptyOkAsync();
        session.Emulator.ContactsIn(SeedIds.ContactList).Keys.ShouldBe(["sf-0001", "sf-0002"], ignoreOrder: true);
        using var single = await session.DeleteAsync(Path + "/sf-0002", token);
        await single.ShouldBeEmptyOkAsync();
        session.Emulator.ContactsIn(SeedIds.ContactList).Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_stopping_campaign_still_holds_its_contacts_and_once_off_they_can_be_deleted()
    {
        await using var world = await DialerWorld.StartAsync();
        await world.AddAsync(ContactBodies.Contact("c-1", "One", "+13175550101"));
        await world.StartCampaignAsync();
        await world.StopCampaignAsync();

        using (var whileStopping = await world.Session.DeleteAsync(Path + "?contactIds=c-1", world.Token))
        {
            await whileStopping.ShouldBeEmptyOkAsync();
        }

        world.Emulator.ContactsIn(SeedIds.ContactList).ShouldContainKey("c-1");
        world.Time.Advance(TimeSpan.FromSeconds(EmulatorSettings.DefaultStoppingDelaySeconds));
        using var whenOff = await world.Session.DeleteAsync(Path + "?contactIds=c-1", world.Token);
        await whenOff.ShouldBeEmptyOkAsync();
        world.Emulator.ContactsIn(SeedIds.ContactList).ShouldBeEmpty();
    }

    [Fact]
    public async Task With_in_use_meaning_an_attempt_in_flight_only_the_contact_being_called_is_kept()
    {
        await using var world = await DialerWorld.StartAsync(s =>
        {
            DialerWorld.Always(s, DialOutcome.NoAnswer);
            s.Settings.ContactInUse = EmulatorSettings.InUseWhileAttemptInFlight;
        });
        await world.AddAsync(ContactBodies.Contact("c-1", "One", "+13175550101"), ContactBodies.Contact("c-2", "Two", "+13175550102"));
        await world.StartCampaignAsync();
        world.AdvanceSlots(1);
        world.Dialer.Attempts.Single().State.ShouldBe(DialAttemptState.Dialing);

        using var response = await world.Session.DeleteAsync(Path + "?contactIds=c-1&contactIds=c-2", world.Token);

        await response.ShouldBeEmptyOkAsync();
        world.Emulator.ContactsIn(SeedIds.ContactList).Keys.ShouldBe(["c-1"]);
    }

    [Fact]
    public async Task With_in_use_never_delete_removes_contacts_even_while_a_campaign_is_on()
    {
        await using var session = await EmulatorSession.StartAsync(Seeds.With(s => s.Settings.ContactInUse = EmulatorSettings.InUseNever));
        var token = await session.GetTokenAsync();
        await ContactBodies.AddAsync(session, token, ContactBodies.Contacts(2));

        using var response = await session.DeleteAsync(Path + "?contactIds=sf-0001", token);

        await response.ShouldBeEmptyOkAsync();
        session.Emulator.ContactsIn(SeedIds.ContactList).Keys.ShouldBe(["sf-0002"]);
    }

    [Fact]
    public async Task The_ids_read_back_with_bulk_get_after_a_delete_tell_what_was_kept()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        await ContactBodies.AddAsync(session, token, ContactBodies.Contacts(2));
        using (var delete = await session.DeleteAsync(Path + "?contactIds=sf-0001&contactIds=sf-0002", token))
        {
            await delete.ShouldBeEmptyOkAsync();
        }

        using var readBack = await session.PostJsonAsync(Path + "/bulk", token, new[] { "sf-0001", "sf-0002" });

        var body = await readBack.ShouldBeJsonAsync(HttpStatusCode.OK);
        body.EnumerateArray().Select(c => c.GetProperty("id").GetString()).ShouldBe(["sf-0001", "sf-0002"]);
    }
}
