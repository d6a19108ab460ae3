using System.Net;
using GenesysCloud.Emulator.Tests.Support;

namespace GenesysCloud.Emulator.Tests.Contacts;

/// <summary>GET /api/v2/outbound/contactlists/{contactListId}, reference §3.1 and §3.5.</summary>
public sealed class ContactListTests
{
    private const string ListPath = $"/api/v2/outbound/contactlists/{SeedIds.ContactList}";

    [Fact]
    public async Task The_seeded_list_comes_back_with_its_columns_and_phone_columns()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync(SeedClients.ViewOnly);

        using var response = await session.GetAsync(ListPath, token);

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        body.GetProperty("id").GetString().ShouldBe(SeedIds.ContactList);
        body.GetProperty("name").GetString().ShouldBe("Salesforce Leads");
        body.GetProperty("columnNames").EnumerateArray().Select(c => c.GetString())
            .ShouldBe(["FirstName", "LastName", "Phone", "MobilePhone", "Email", "AccountId"]);
        body.GetProperty("phoneColumns").EnumerateArray()
            .Select(c => (c.GetProperty("columnName").GetString(), c.GetProperty("type").GetString()))
            .ShouldBe([("Phone", "home"), ("MobilePhone", "cell")]);
        body.TryGetProperty("size", out _).ShouldBeFalse("size is only returned with includeSize=true (§3.5)");
    }

    [Fact]
    public async Task Include_size_reports_the_number_of_contacts()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using (var empty = await session.GetAsync($"{ListPath}?includeSize=true", token))
        {
            (await empty.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("size").GetInt64().ShouldBe(0);
        }

        await ContactBodies.AddAsync(session, token, ContactBodies.Contacts(7));
        using var response = await session.GetAsync($"{ListPath}?includeSize=true", token);

        (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("size").GetInt64().ShouldBe(7);
    }

    [Fact]
    public async Task An_unknown_contact_list_is_contact_list_not_found()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.GetAsync($"/api/v2/outbound/contactlists/{SeedIds.UnknownGuid}", token);

        await response.ShouldBeErrorBodyAsync(HttpStatusCode.NotFound, "contact.list.not.found");
    }
}
