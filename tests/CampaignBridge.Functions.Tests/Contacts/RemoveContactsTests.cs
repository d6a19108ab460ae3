using CampaignBridge.Functions.Contacts;
using CampaignBridge.Functions.Errors;
using CampaignBridge.Functions.Tests.Infrastructure;

namespace CampaignBridge.Functions.Tests.Contacts;

public sealed class RemoveContactsTests : IAsyncLifetime
{
    private CampaignBridgeApp _app = null!;

    public async ValueTask InitializeAsync() => _app = await CampaignBridgeApp.StartAsync(o => o.Seed = Seed.NoCampaignRunning());

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private Task<TestResponse> SendAsync(string path, string listId, object body)
        => CampaignBridgeApp.SendAsync(TestRequest.Post(_app.Services, path).WithJson(body), r => _app.Function<RemoveContacts>().Run(r, listId));

    [Fact]
    public async Task Contacts_are_removed_by_salesforce_id()
    {
        var upsert = await CampaignBridgeApp.SendAsync(
            TestRequest.Post(_app.Services, $"/api/contactlists/{Seed.SalesforceLeads}/contacts").WithJson(new
            {
                contacts = new[]
                {
                    new { id = "00Q5g00000AbCdE", data = new Dictionary<string, string> { ["LastName"] = "One" } },
                    new { id = "00Q5g00000AbCdF", data = new Dictionary<string, string> { ["LastName"] = "Two" } },
                },
            }),
            r => _app.Function<UpsertContacts>().Run(r, Seed.SalesforceLeads));
        upsert.ShouldBeOk();

        var response = await SendAsync($"/api/contactlists/{Seed.SalesforceLeads}/contacts/remove", Seed.SalesforceLeads, new { contactIds = new[] { "00Q5g00000AbCdE", "00Q5g00000AbCdE" } });

        var json = response.ShouldBeOk();
        json.GetProperty("contactListId").GetString().ShouldBe(Seed.SalesforceLeads);
        json.GetProperty("submitted").GetInt32().ShouldBe(1);
        json.GetProperty("removed").EnumerateArray().Select(e => e.GetString()).ShouldBe(["00Q5g00000AbCdE"]);
        json.GetProperty("stopped").GetArrayLength().ShouldBe(0);
        json.TryGetProperty("code", out _).ShouldBeFalse();
        _app.Emulator.ContactsIn(Seed.SalesforceLeads).Keys.ShouldBe(["00Q5g00000AbCdF"]);
    }

    [Fact]
    public async Task One_malformed_id_refuses_the_request_and_lists_it()
    {
        var before = _app.Emulator.Requests.Count;

        var response = await SendAsync($"/api/contactlists/{Seed.SalesforceLeads}/contacts/remove", Seed.SalesforceLeads, new { contactIds = new[] { "00Q5g00000AbCdE", "../../etc/passwd" } });

        var problem = response.ShouldBeProblem(400, ApiErrorCodes.InvalidValue);
        problem.GetProperty("field").GetString().ShouldBe("$.contactIds[1]");
        problem.GetProperty("rejected")[0].GetProperty("id").GetString().ShouldBe("../../etc/passwd");
        _app.Emulator.Requests.Count.ShouldBe(before);
    }
}
