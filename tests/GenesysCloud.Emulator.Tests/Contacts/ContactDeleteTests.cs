using System.Net;
using GenesysCloud.Emulator.Tests.Support;

namespace GenesysCloud.Emulator.Tests.Contacts;

/// <summary>
/// DELETE .../contacts?contactIds=..., at most 250 ids, reference §3.6 and pitfall §6.9. The default seed has Winback Q4
/// on over the list, which makes every contact "in use" (§8.2, <see cref="ContactInUseTests"/>); these tests are about
/// the request itself, so they turn it off in the seed.
/// </summary>
public sealed class ContactDeleteTests
{
    private static EmulatorSeed NoCampaignRunning() =>
        Seeds.With(s => s.Campaigns.Single(c => c.Id == SeedIds.WinbackQ4).CampaignStatus = "off");

    [Fact]
    public async Task Repeated_contact_ids_parameters_remove_exactly_those_contacts()
    {
        await using var session = await EmulatorSession.StartAsync(NoCampaignRunning());
        var token = await session.GetTokenAsync();
        await ContactBodies.AddAsync(session, token, ContactBodies.Contacts(4));

        using var response = await session.DeleteAsync(ContactBodies.ContactsPath + "?contactIds=sf-0001&contactIds=sf-0003", token);

        await response.ShouldBeEmptyOkAsync();
        session.Emulator.ContactsIn(SeedIds.ContactList).Keys.ShouldBe(["sf-0002", "sf-0004"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_comma_separated_contact_ids_value_is_accepted_too()
    {
        await using var session = await EmulatorSession.StartAsync(NoCampaignRunning());
        var token = await session.GetTokenAsync();
        await ContactBodies.AddAsync(session, token, ContactBodies.Contacts(4));

        using var response = await session.DeleteAsync(ContactBodies.ContactsPath + "?contactIds=sf-0002,sf-0004", token);

        await response.ShouldBeEmptyOkAsync();
        session.Emulator.ContactsIn(SeedIds.ContactList).Keys.ShouldBe(["sf-0001", "sf-0003"], ignoreOrder: true);
    }

    [Fact]
    public async Task Two_hundred_fifty_ids_are_accepted_and_two_hundred_fifty_one_are_too_many()
    {
        await using var session = await EmulatorSession.StartAsync(NoCampaignRunning());
        var token = await session.GetTokenAsync();
        await ContactBodies.AddAsync(session, token, ContactBodies.Contacts(251));
        var ids = Enumerable.Range(1, 251).Select(i => $"sf-{i:D4}").ToArray();

        using (var tooMany = await session.DeleteAsync(ContactBodies.ContactsPath + "?" + string.Join('&', ids.Select(id => $"contactIds={id}")), token))
        {
            var body = await tooMany.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "too.many.contacts.added");
            body.GetProperty("message").GetString().ShouldBe("There were too many contacts in the request, the limit is 250");
        }

        session.Emulator.ContactsIn(SeedIds.ContactList).Count.ShouldBe(251);

        using var allowed = await session.DeleteAsync(ContactBodies.ContactsPath + "?" + string.Join('&', ids[..250].Select(id => $"contactIds={id}")), token);
        await allowed.ShouldBeEmptyOkAsync();
        session.Emulator.ContactsIn(SeedIds.ContactList).Keys.ShouldBe(["sf-0251"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?contactIds=")]
    public async Task A_delete_without_contact_ids_is_no_contacts_specified(string query)
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.DeleteAsync(ContactBodies.ContactsPath + query, token);

        await response.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "no.contacts.specified");
    }

    [Fact]
    public async Task Deleting_ids_that_are_not_in_the_list_is_harmless()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        await ContactBodies.AddAsync(session, token, ContactBodies.Contacts(1));

        using var response = await session.DeleteAsync(ContactBodies.ContactsPath + "?contactIds=never-added", token);

        await response.ShouldBeEmptyOkAsync();
        session.Emulator.ContactsIn(SeedIds.ContactList).Keys.ShouldBe(["sf-0001"]);
    }

    [Fact]
    public async Task Deleting_from_an_unknown_list_is_contact_list_not_found()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.DeleteAsync($"/api/v2/outbound/contactlists/{SeedIds.UnknownGuid}/contacts?contactIds=sf-0001", token);

        await response.ShouldBeErrorBodyAsync(HttpStatusCode.NotFound, "contact.list.not.found");
    }
}
