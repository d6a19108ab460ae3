using System.Text;
using CampaignBridge.Functions.Campaigns;
using CampaignBridge.Functions.Contacts;
using CampaignBridge.Functions.DoNotCall;
using CampaignBridge.Functions.Errors;
using CampaignBridge.Functions.Tests.Infrastructure;

namespace CampaignBridge.Functions.Tests.Api;

/// <summary>
/// Every malformed request gets a clear 4xx problem+json naming what is wrong, and Genesys (the emulator) receives no
/// request at all for it.
/// </summary>
public sealed class BadInputTests(BadInputFixture fixture) : IClassFixture<BadInputFixture>
{
    private const string Lead = "00Q5g00000AbCdE";
    private const string ContactsPath = "/api/contactlists/" + Seed.SalesforceLeads + "/contacts";

    private static readonly Dictionary<string, BadInput> Cases = new BadInput[]
    {
        // Route ids
        Campaign("a path-like campaign id", "../../etc", 400, ApiErrorCodes.InvalidId, "campaignId"),
        Campaign("a campaign id that is not a GUID", "not-a-guid", 400, ApiErrorCodes.InvalidId, "campaignId"),
        Campaign("an empty campaign id", string.Empty, 400, ApiErrorCodes.InvalidId, "campaignId"),
        Campaign("the empty GUID", "00000000-0000-0000-0000-000000000000", 400, ApiErrorCodes.InvalidId, "campaignId"),
        Campaign("a GUID in braces", "{" + Seed.WinbackQ4 + "}", 400, ApiErrorCodes.InvalidId, "campaignId"),
        Campaign("a GUID without dashes", Seed.WinbackQ4.Replace("-", string.Empty, StringComparison.Ordinal), 400, ApiErrorCodes.InvalidId, "campaignId"),
        Campaign("a GUID followed by a path", Seed.WinbackQ4 + "/../stats", 400, ApiErrorCodes.InvalidId, "campaignId"),
        new("start with an encoded traversal id", (app, _) => CampaignBridgeApp.SendAsync(TestRequest.Post(app.Services, "/api/campaigns/%2e%2e%2fadmin/start"), r => app.Function<StartCampaign>().Run(r, "%2e%2e%2fadmin")), 400, ApiErrorCodes.InvalidId, "campaignId"),
        new("stop with a SQL-like id", (app, _) => CampaignBridgeApp.SendAsync(TestRequest.Post(app.Services, "/api/campaigns/x/stop"), r => app.Function<StopCampaign>().Run(r, "'; DROP TABLE campaigns;--")), 400, ApiErrorCodes.InvalidId, "campaignId"),
        new("progress with a 500-character id", (app, _) => CampaignBridgeApp.SendAsync(TestRequest.Get(app.Services, "/api/campaigns/x/progress"), r => app.Function<GetCampaignProgress>().Run(r, new string('a', 500))), 400, ApiErrorCodes.InvalidId, "campaignId"),
        Upsert("a path-like contact list id", "{\"contacts\":[]}", "application/json", 400, ApiErrorCodes.InvalidId, "contactListId", listId: "../dnclists"),
        new("a DNC list id that is not a GUID", (app, _) => CampaignBridgeApp.SendAsync(TestRequest.Post(app.Services, "/api/dnclists/internal/phonenumbers").WithJson(new { phoneNumbers = new[] { "+14155550132" } }), r => app.Function<AddDncNumbers>().Run(r, "internal")), 400, ApiErrorCodes.InvalidId, "dncListId"),

        // Query strings
        List("pageSize 0", "?pageSize=0", "pageSize"),
        List("pageSize above 100", "?pageSize=101", "pageSize"),
        List("a pageSize that is not a number", "?pageSize=ten", "pageSize"),
        List("a negative pageNumber", "?pageNumber=-1", "pageNumber"),
        List("a repeated pageSize", "?pageSize=5&pageSize=6", "pageSize"),
        List("a 300-character name filter", "?name=" + new string('n', 300), "name"),
        List("a pageSize with a NUL after the digits", "?pageSize=5%00", "pageSize"),
        List("a pageSize with a sign", "?pageSize=+5", "pageSize"),
        Upsert("an unknown upsert mode", "{\"contacts\":[]}", "application/json", 400, ApiErrorCodes.InvalidQuery, "mode", query: "?mode=fast"),

        // Content type and size
        Upsert("a text/plain body", "{\"contacts\":[]}", "text/plain", 415, ApiErrorCodes.UnsupportedMediaType, "Content-Type"),
        Upsert("no content type", "{\"contacts\":[]}", null, 415, ApiErrorCodes.UnsupportedMediaType, "Content-Type"),
        Upsert("an XML content type", "<contacts/>", "application/xml", 415, ApiErrorCodes.UnsupportedMediaType, "Content-Type"),
        Upsert("a non-UTF-8 charset", "{\"contacts\":[]}", "application/json; charset=iso-8859-1", 415, ApiErrorCodes.UnsupportedMediaType, "Content-Type"),
        Upsert("a quoted non-UTF-8 charset", "{\"contacts\":[]}", "application/json; charset=\"iso-8859-1\"", 415, ApiErrorCodes.UnsupportedMediaType, "Content-Type"),
        Upsert("a body over 1 MiB", "{\"contacts\":[],\"pad\":\"" + new string('x', 1024 * 1024) + "\"}", "application/json", 413, ApiErrorCodes.BodyTooLarge, "$"),
        new("a chunked body over 1 MiB", (app, _) => CampaignBridgeApp.SendAsync(
            TestRequest.Post(app.Services, ContactsPath).WithChunkedBody(Encoding.UTF8.GetBytes("[" + new string(' ', 1024 * 1024) + "]"), "application/json"),
            r => app.Function<UpsertContacts>().Run(r, Seed.SalesforceLeads)), 413, ApiErrorCodes.BodyTooLarge, "$"),

        // JSON shape
        Upsert("an empty body", string.Empty, "application/json", 400, ApiErrorCodes.EmptyBody, "$"),
        Upsert("truncated JSON", "{\"contacts\": [", "application/json", 400, ApiErrorCodes.MalformedJson, "$.contacts[0]"),
        Upsert("single-quoted JSON", "{'contacts': []}", "application/json", 400, ApiErrorCodes.MalformedJson, "$"),
        Upsert("a JSON array instead of an object", "[]", "application/json", 400, ApiErrorCodes.InvalidField, "$"),
        Upsert("a JSON null body", "null", "application/json", 400, ApiErrorCodes.InvalidField, "$"),
        Upsert("a missing contacts field", "{}", "application/json", 400, ApiErrorCodes.MissingField, "$.contacts"),
        Upsert("an empty contacts list", "{\"contacts\":[]}", "application/json", 400, ApiErrorCodes.EmptyList, "$.contacts"),
        Upsert("contacts as a string", "{\"contacts\":\"00Q5g00000AbCdE\"}", "application/json", 400, ApiErrorCodes.InvalidField, "$.contacts"),
        Upsert("a number as a column value", "{\"contacts\":[{\"id\":\"" + Lead + "\",\"data\":{\"LastName\":5}}]}", "application/json", 400, ApiErrorCodes.InvalidField, "$.contacts[0].data.LastName"),
        Upsert("a null column value", "{\"contacts\":[{\"id\":\"" + Lead + "\",\"data\":{\"FirstName\":null}}]}", "application/json", 400, ApiErrorCodes.NullValue, "$.contacts[0].data.FirstName"),
        Upsert("a null option", "{\"contacts\":[{\"id\":\"" + Lead + "\",\"data\":{\"LastName\":\"A\"}}],\"options\":{\"doNotQueue\":null}}", "application/json", 400, ApiErrorCodes.NullValue, "$.options.doNotQueue"),
        Upsert("null options", "{\"contacts\":[{\"id\":\"" + Lead + "\",\"data\":{\"LastName\":\"A\"}}],\"options\":null}", "application/json", 400, ApiErrorCodes.NullValue, "$.options"),
        Upsert("a misspelt field", "{\"contact\":[]}", "application/json", 400, ApiErrorCodes.InvalidField, "$.contact"),
        Upsert("a string as a boolean option", "{\"contacts\":[{\"id\":\"" + Lead + "\",\"data\":{\"LastName\":\"A\"}}],\"options\":{\"priority\":\"yes\"}}", "application/json", 400, ApiErrorCodes.InvalidField, "$.options.priority"),
        Upsert("more than 5000 contacts", "{\"contacts\":[" + string.Join(",", Enumerable.Repeat("{\"id\":\"" + Lead + "\",\"data\":{\"LastName\":\"A\"}}", ContactUpsertRequestValidator.MaxContactsPerRequest + 1)) + "]}", "application/json", 400, ApiErrorCodes.TooManyItems, "$.contacts"),

        // Content checked against the (cached) contact list
        Upsert("only unknown columns", "{\"contacts\":[{\"id\":\"" + Lead + "\",\"data\":{\"Fax\":\"1\"}}]}", "application/json", 422, ApiErrorCodes.NoValidContacts, null),
        Upsert("only invalid phone numbers", "{\"contacts\":[{\"id\":\"" + Lead + "\",\"data\":{\"Phone\":\"call me\"}}]}", "application/json", 422, ApiErrorCodes.NoValidContacts, null),
        Upsert("only malformed record ids", "{\"contacts\":[{\"id\":\"../../etc\",\"data\":{\"LastName\":\"A\"}}]}", "application/json", 422, ApiErrorCodes.NoValidContacts, null),
        Upsert("a record without data", "{\"contacts\":[{\"id\":\"" + Lead + "\"}]}", "application/json", 422, ApiErrorCodes.NoValidContacts, null),

        // RemoveContacts
        Remove("a missing contactIds field", "{}", 400, ApiErrorCodes.MissingField, "$.contactIds"),
        Remove("an empty contactIds list", "{\"contactIds\":[]}", 400, ApiErrorCodes.EmptyList, "$.contactIds"),
        Remove("a path-like contact id", "{\"contactIds\":[\"../../etc/passwd\"]}", 400, ApiErrorCodes.InvalidValue, "$.contactIds[0]"),
        Remove("a null contact id", "{\"contactIds\":[\"" + Lead + "\",null]}", 400, ApiErrorCodes.NullValue, "$.contactIds[1]"),
        Remove("a repeated contactIds field", "{\"contactIds\":[\"" + Lead + "\"],\"contactIds\":[]}", 400, ApiErrorCodes.DuplicateField, "$.contactIds"),

        // AddDncNumbers
        Dnc("an empty phoneNumbers list", "{\"phoneNumbers\":[]}", 400, ApiErrorCodes.EmptyList, "$.phoneNumbers"),
        Dnc("an invalid phone number", "{\"phoneNumbers\":[\"+14155550132\",\"12345\"]}", 400, ApiErrorCodes.InvalidValue, "$.phoneNumbers[1]"),
        Dnc("phone numbers as JSON numbers", "{\"phoneNumbers\":[4155550132]}", 400, ApiErrorCodes.InvalidField, "$.phoneNumbers[0]"),
        Dnc("an expiry that is not a date", "{\"phoneNumbers\":[\"+14155550132\"],\"expirationDateTime\":\"tomorrow\"}", 400, ApiErrorCodes.InvalidField, "$.expirationDateTime"),
        Dnc("a null expiry", "{\"phoneNumbers\":[\"+14155550132\"],\"expirationDateTime\":null}", 400, ApiErrorCodes.NullValue, "$.expirationDateTime"),
        Dnc("an expiry in the past", "{\"phoneNumbers\":[\"+14155550132\"],\"expirationDateTime\":\"2001-01-01T00:00:00.000Z\"}", 400, ApiErrorCodes.InvalidValue, "$.expirationDateTime"),
    }.ToDictionary(c => c.Name, StringComparer.Ordinal);

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Fact]
    public void The_suite_covers_at_least_thirty_cases() => Cases.Count.ShouldBeGreaterThanOrEqualTo(30);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Bad_input_gets_a_clear_4xx_problem_and_never_reaches_genesys(string name)
    {
        var testCase = Cases[name];
        var app = fixture.App;
        var requestsBefore = app.Emulator.Requests.Count;
        var tokensBefore = app.Emulator.TokenRequestCount;

        var response = await testCase.Send(app, testCase);

        var problem = response.ShouldBeProblem(testCase.Status, testCase.Code);
        if (testCase.Field is not null)
        {
            problem.GetProperty("field").GetString().ShouldBe(testCase.Field);
        }
        else
        {
            problem.GetProperty("rejected").GetArrayLength().ShouldBeGreaterThan(0);
        }

        app.Emulator.Requests.Skip(requestsBefore).ShouldBeEmpty();
        app.Emulator.TokenRequestCount.ShouldBe(tokensBefore);
    }

    private static BadInput Campaign(string name, string id, int status, string code, string field)
        => new(name, (app, _) => CampaignBridgeApp.SendAsync(TestRequest.Get(app.Services, "/api/campaigns/x"), r => app.Function<GetCampaign>().Run(r, id)), status, code, field);

    private static BadInput List(string name, string query, string field)
        => new(name, (app, _) => CampaignBridgeApp.SendAsync(TestRequest.Get(app.Services, "/api/campaigns" + query), app.Function<ListCampaigns>().Run), 400, ApiErrorCodes.InvalidQuery, field);

    private static BadInput Upsert(string name, string body, string? contentType, int status, string code, string? field, string listId = Seed.SalesforceLeads, string query = "")
        => new(name, (app, _) => CampaignBridgeApp.SendAsync(TestRequest.Post(app.Services, ContactsPath + query).WithBody(body, contentType), r => app.Function<UpsertContacts>().Run(r, listId)), status, code, field);

    private static BadInput Remove(string name, string body, int status, string code, string field)
        => new(name, (app, _) => CampaignBridgeApp.SendAsync(TestRequest.Post(app.Services, ContactsPath + "/remove").WithBody(body, "application/json"), r => app.Function<RemoveContacts>().Run(r, Seed.SalesforceLeads)), status, code, field);

    private static BadInput Dnc(string name, string body, int status, string code, string field)
        => new(name, (app, _) => CampaignBridgeApp.SendAsync(TestRequest.Post(app.Services, $"/api/dnclists/{Seed.InternalDnc}/phonenumbers").WithBody(body, "application/json"), r => app.Function<AddDncNumbers>().Run(r, Seed.InternalDnc)), status, code, field);

    /// <summary>One malformed request and the answer it must get.</summary>
    public sealed record BadInput(string Name, Func<CampaignBridgeApp, BadInput, Task<TestResponse>> Send, int Status, string Code, string? Field);
}
