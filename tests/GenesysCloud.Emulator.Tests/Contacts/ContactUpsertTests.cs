using System.Net;
using System.Text.Json.Nodes;
using GenesysCloud.Emulator.Tests.Support;

namespace GenesysCloud.Emulator.Tests.Contacts;

/// <summary>POST /api/v2/outbound/contactlists/{id}/contacts: upsert by id, limits and validation, reference §3.6.</summary>
public sealed class ContactUpsertTests
{
    [Fact]
    public async Task Added_contacts_come_back_as_dialer_contacts_and_are_stored()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.PostJsonAsync(ContactBodies.ContactsPath, token, new JsonArray(
            ContactBodies.Contact("003A000001", "Ada"),
            ContactBodies.Contact("003A000002", "Grace")));

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        body.GetArrayLength().ShouldBe(2);
        body.EnumerateArray().Select(c => c.GetProperty("id").GetString()).ShouldBe(["003A000001", "003A000002"], ignoreOrder: true);
        body.EnumerateArray().ShouldAllBe(c => c.GetProperty("contactListId").GetString() == SeedIds.ContactList);
        body[0].GetProperty("data").GetProperty("Phone").GetString().ShouldBe("+13175550123");
        var stored = session.Emulator.ContactsIn(SeedIds.ContactList);
        stored.Keys.ShouldBe(["003A000001", "003A000002"], ignoreOrder: true);
        stored["003A000002"].Data["FirstName"].ShouldBe("Grace");
    }

    [Fact]
    public async Task Adding_the_same_id_twice_keeps_one_contact_with_the_second_data()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        await ContactBodies.AddAsync(session, token, [ContactBodies.Contact("003A000001", "Ada", "+13175550001")]);
        await ContactBodies.AddAsync(session, token, [ContactBodies.Contact("003A000001", "Augusta", "+13175550002")]);

        var stored = session.Emulator.ContactsIn(SeedIds.ContactList);
        stored.Count.ShouldBe(1);
        stored["003A000001"].Data["FirstName"].ShouldBe("Augusta");
        stored["003A000001"].Data["Phone"].ShouldBe("+13175550002");
    }

    [Fact]
    public async Task A_contact_without_an_id_gets_one_from_the_server()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.PostJsonAsync(ContactBodies.ContactsPath, token, new JsonArray(ContactBodies.Contact(null, "Ada")));

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        var id = body[0].GetProperty("id").GetString().ShouldNotBeNull();
        id.ShouldNotBeNullOrWhiteSpace();
        session.Emulator.ContactsIn(SeedIds.ContactList).Keys.ShouldBe([id]);
    }

    [Fact]
    public async Task One_thousand_contacts_in_one_request_are_accepted()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        await ContactBodies.AddAsync(session, token, ContactBodies.Contacts(1000));

        session.Emulator.ContactsIn(SeedIds.ContactList).Count.ShouldBe(1000);
    }

    [Fact]
    public async Task One_thousand_and_one_contacts_are_too_many_and_none_is_stored()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.PostJsonAsync(ContactBodies.ContactsPath, token, ContactBodies.Contacts(1001));

        var body = await response.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "too.many.contacts.added");
        body.GetProperty("message").GetString().ShouldBe("Too many contacts added, the limit is 1000");
        session.Emulator.ContactsIn(SeedIds.ContactList).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_data_key_that_is_not_a_column_of_the_list_is_invalid_contact_columns()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        var contact = ContactBodies.Contact("003A000001", "Ada");
        contact["data"]!["Fax"] = "+13175550999";

        using var response = await session.PostJsonAsync(ContactBodies.ContactsPath, token, new JsonArray(contact));

        await response.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "invalid.contact.columns");
        session.Emulator.ContactsIn(SeedIds.ContactList).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("003A/0001")]
    [InlineData("bad id!")]
    [InlineData("<script>")]
    public async Task A_custom_id_with_special_characters_is_invalid_contact_id(string id)
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.PostJsonAsync(ContactBodies.ContactsPath, token, new JsonArray(ContactBodies.Contact(id, "Ada")));

        await response.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "invalid.contact.id");
        session.Emulator.ContactsIn(SeedIds.ContactList).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_priority_clear_system_data_and_do_not_queue_flags_are_accepted()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.PostJsonAsync(
            ContactBodies.ContactsPath + "?priority=true&clearSystemData=true&doNotQueue=false",
            token,
            new JsonArray(ContactBodies.Contact("003A000001", "Ada")));

        (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).GetArrayLength().ShouldBe(1);
        session.Emulator.ContactsIn(SeedIds.ContactList).Keys.ShouldBe(["003A000001"]);
        session.Emulator.Requests.ShouldContain(r => r.Path.EndsWith("/contacts", StringComparison.Ordinal) && r.Query.Contains("priority=true"));
    }

    [Fact]
    public async Task Adding_to_an_unknown_contact_list_is_contact_list_not_found()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        var contact = ContactBodies.Contact("003A000001", "Ada");
        contact["contactListId"] = SeedIds.UnknownGuid;

        using var response = await session.PostJsonAsync($"/api/v2/outbound/contactlists/{SeedIds.UnknownGuid}/contacts", token, new JsonArray(contact));

        await response.ShouldBeErrorBodyAsync(HttpStatusCode.NotFound, "contact.list.not.found");
    }
}
