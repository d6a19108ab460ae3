using System.Net;
using GenesysCloud.Emulator.Tests.Support;

namespace GenesysCloud.Emulator.Tests.Contacts;

/// <summary>POST .../contacts/bulk (get by ids, at most 50) and GET .../contacts/{id}, reference §3.1 and §3.6.</summary>
public sealed class ContactBulkGetTests
{
    private const string BulkPath = ContactBodies.ContactsPath + "/bulk";

    [Fact]
    public async Task Bulk_get_returns_the_known_contacts_and_omits_unknown_ids()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        await ContactBodies.AddAsync(session, token, ContactBodies.Contacts(3));

        using var response = await session.PostJsonAsync(BulkPath, await session.GetTokenAsync(SeedClients.ViewOnly), new[] { "sf-0001", "sf-0003", "never-added" });

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        body.EnumerateArray().Select(c => c.GetProperty("id").GetString()).ShouldBe(["sf-0001", "sf-0003"], ignoreOrder: true);
        body.EnumerateArray().Single(c => c.GetProperty("id").GetString() == "sf-0003")
            .GetProperty("data").GetProperty("FirstName").GetString().ShouldBe("First3");
    }

    [Fact]
    public async Task Fifty_ids_are_the_most_one_bulk_get_accepts()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        await ContactBodies.AddAsync(session, token, ContactBodies.Contacts(51));
        var ids = Enumerable.Range(1, 51).Select(i => $"sf-{i:D4}").ToArray();

        using (var fifty = await session.PostJsonAsync(BulkPath, token, ids[..50]))
        {
            (await fifty.ShouldBeJsonAsync(HttpStatusCode.OK)).GetArrayLength().ShouldBe(50);
        }

        using var fiftyOne = await session.PostJsonAsync(BulkPath, token, ids);
        var body = await fiftyOne.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "too.many.contacts.requested");
        body.GetProperty("message").GetString().ShouldBe("Only 50 contacts can be retrieved at a time.");
    }

    [Theory]
    [InlineData("""{"ids":["sf-0001"]}""")]
    [InlineData("""[1, 2]""")]
    public async Task A_bulk_get_body_that_is_not_an_array_of_ids_is_bad_request(string json)
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.SendAsync(
            HttpMethod.Post, BulkPath, token, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        await response.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "bad.request");
    }

    [Fact]
    public async Task Bulk_get_on_an_unknown_list_is_contact_list_not_found()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.PostJsonAsync($"/api/v2/outbound/contactlists/{SeedIds.UnknownGuid}/contacts/bulk", token, new[] { "sf-0001" });

        await response.ShouldBeErrorBodyAsync(HttpStatusCode.NotFound, "contact.list.not.found");
    }

    [Fact]
    public async Task A_single_contact_can_be_read_and_an_unknown_one_is_a_404()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        await ContactBodies.AddAsync(session, token, ContactBodies.Contacts(1));

        using (var known = await session.GetAsync(ContactBodies.ContactsPath + "/sf-0001", token))
        {
            var body = await known.ShouldBeJsonAsync(HttpStatusCode.OK);
            body.GetProperty("id").GetString().ShouldBe("sf-0001");
            body.GetProperty("contactListId").GetString().ShouldBe(SeedIds.ContactList);
        }

        using var unknown = await session.GetAsync(ContactBodies.ContactsPath + "/sf-9999", token);
        await unknown.ShouldBeErrorBodyAsync(HttpStatusCode.NotFound, UnknownContactCode);
    }

    /// <summary>§3.6 lists not.found / resource.not.found for contact reads; pinned to the emulator's choice.</summary>
    private const string UnknownContactCode = "not.found";
}
