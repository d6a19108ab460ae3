using System.Text.Json.Nodes;

namespace GenesysCloud.Emulator.Tests.Support;

/// <summary>Request bodies for the contact endpoints in the WritableDialerContact shape (reference §3.6).</summary>
internal static class ContactBodies
{
    public const string ContactsPath = $"/api/v2/outbound/contactlists/{SeedIds.ContactList}/contacts";

    public static JsonObject Contact(string? id, string firstName, string phone = "+13175550123", string? mobile = null)
    {
        var data = new JsonObject { ["FirstName"] = firstName, ["Phone"] = phone };
        if (mobile is not null)
        {
            data["MobilePhone"] = mobile;
        }

        var contact = new JsonObject
        {
            ["contactListId"] = SeedIds.ContactList,
            ["data"] = data,
            ["callable"] = true,
        };
        if (id is not null)
        {
            contact["id"] = id;
        }

        return contact;
    }

    public static JsonArray Contacts(int count, string idPrefix = "sf-")
        => [.. Enumerable.Range(1, count).Select(i => (JsonNode)Contact($"{idPrefix}{i:D4}", $"First{i}"))];

    /// <summary>Adds contacts with a full-permission token and fails the test unless they were accepted.</summary>
    public static async Task AddAsync(EmulatorSession session, string token, JsonArray contacts)
    {
        using var response = await session.PostJsonAsync(ContactsPath, token, contacts);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, text);
    }
}
