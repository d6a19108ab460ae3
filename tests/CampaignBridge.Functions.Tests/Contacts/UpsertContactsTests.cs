using CampaignBridge.Functions.Contacts;
using CampaignBridge.Functions.Errors;
using CampaignBridge.Functions.Tests.Infrastructure;
using CampaignBridge.Genesys;
using Microsoft.Extensions.Time.Testing;

namespace CampaignBridge.Functions.Tests.Contacts;

public sealed class UpsertContactsTests : IAsyncLifetime
{
    private const string Path = "/api/contactlists/" + Seed.SalesforceLeads + "/contacts";
    private CampaignBridgeApp _app = null!;

    public async ValueTask InitializeAsync() => _app = await CampaignBridgeApp.StartAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private Task<TestResponse> UpsertAsync(object body, CampaignBridgeApp? app = null, string query = "")
    {
        app ??= _app;
        return CampaignBridgeApp.SendAsync(TestRequest.Post(app.Services, Path + query).WithJson(body), r => app.Function<UpsertContacts>().Run(r, Seed.SalesforceLeads));
    }

    [Fact]
    public async Task A_batch_in_which_every_record_is_invalid_is_refused_before_genesys_is_asked_for_the_contact_list()
    {
        var response = await UpsertAsync(new
        {
            contacts = new object[]
            {
                new { id = "not-a-record-id", data = new Dictionary<string, string> { ["FirstName"] = "Ada" } },
                new { id = "00Q5g00000AbCdE" },
                new { id = "00Q5g00000AbCdF", data = new Dictionary<string, string>() },
            },
        });

        var problem = response.ShouldBeProblem(422, ApiErrorCodes.NoValidContacts);
        problem.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("field").GetString()).ShouldBe(["id", "data", "data"]);
        _app.Emulator.Requests.ShouldBeEmpty("the contact list's cache was cold, and no record needed it");
        _app.Emulator.TokenRequestCount.ShouldBe(0);
    }

    [Fact]
    public async Task Records_are_written_with_their_salesforce_ids_and_phones_in_e164()
    {
        var response = await UpsertAsync(new
        {
            contacts = new[]
            {
                new { id = "00Q5g00000AbCdEEAV", data = new Dictionary<string, string> { ["FirstName"] = "Ada", ["Phone"] = "(415) 555-0132", ["MobilePhone"] = "+44 20 7946 0958" } },
            },
            options = new { priority = true, clearSystemData = false, doNotQueue = true },
        });

        var json = response.ShouldBeOk();
        json.GetProperty("accepted").GetInt32().ShouldBe(1);
        json.GetProperty("rejected").GetArrayLength().ShouldBe(0);
        var contact = _app.Emulator.ContactsIn(Seed.SalesforceLeads)["00Q5g00000AbCdEEAV"];
        contact.Data["FirstName"].ShouldBe("Ada");
        contact.Data["Phone"].ShouldBe("+14155550132");
        contact.Data["MobilePhone"].ShouldBe("+442079460958");
        var write = _app.Emulator.Requests.Single(r => r.Method == "POST" && r.Path == $"/api/v2/outbound/contactlists/{Seed.SalesforceLeads}/contacts");
        write.Query.ShouldContain("priority=true");
        write.Query.ShouldContain("doNotQueue=true");
    }

    [Fact]
    public async Task Invalid_records_are_reported_per_id_and_field_while_valid_ones_are_written()
    {
        var response = await UpsertAsync(new
        {
            contacts = new object[]
            {
                new { id = "00Q5g00000AbCdEEAV", data = new Dictionary<string, string> { ["LastName"] = "Lovelace" } },
                new { id = "00Q5g00000AbCdF", data = new Dictionary<string, string> { ["Fax"] = "1" } },
                new { id = "00Q5g00000AbCdG", data = new Dictionary<string, string> { ["Phone"] = "12" } },
                new { id = "not-an-id", data = new Dictionary<string, string> { ["LastName"] = "X" } },
            },
        });

        var json = response.ShouldBeOk();
        json.GetProperty("accepted").GetInt32().ShouldBe(1);
        var rejected = json.GetProperty("rejected").EnumerateArray()
            .Select(r => (Id: r.GetProperty("id").GetString(), Field: r.GetProperty("field").GetString(), Reason: r.GetProperty("reason").GetString()!))
            .ToList();
        rejected.ShouldContain(r => r.Id == "00Q5g00000AbCdF" && r.Field == "Fax" && r.Reason.Contains("not a column", StringComparison.Ordinal));
        rejected.ShouldContain(r => r.Id == "00Q5g00000AbCdG" && r.Field == "Phone" && r.Reason.Contains("not a valid phone number", StringComparison.Ordinal));
        rejected.ShouldContain(r => r.Id == "not-an-id" && r.Field == "id");
        _app.Emulator.ContactsIn(Seed.SalesforceLeads).Keys.ShouldBe(["00Q5g00000AbCdEEAV"]);
    }

    [Fact]
    public async Task A_column_differing_only_in_case_gets_a_suggestion()
    {
        var response = await UpsertAsync(new
        {
            contacts = new object[]
            {
                new { id = "00Q5g00000AbCdEEAV", data = new Dictionary<string, string> { ["LastName"] = "Lovelace" } },
                new { id = "00Q5g00000AbCdF", data = new Dictionary<string, string> { ["firstname"] = "Ada" } },
            },
        });

        response.ShouldBeOk().GetProperty("rejected")[0].GetProperty("reason").GetString().ShouldNotBeNull().ShouldContain("did you mean 'FirstName'?");
    }

    [Fact]
    public async Task When_no_record_is_valid_nothing_is_written_and_the_answer_is_422_with_the_rejections()
    {
        var before = _app.Emulator.Requests.Count;

        var response = await UpsertAsync(new { contacts = new[] { new { id = "00Q5g00000AbCdF", data = new Dictionary<string, string> { ["Nickname"] = "Ada" } } } });

        var problem = response.ShouldBeProblem(422, ApiErrorCodes.NoValidContacts);
        problem.GetProperty("rejected")[0].GetProperty("field").GetString().ShouldBe("Nickname");
        _app.Emulator.Requests.Skip(before).ShouldNotContain(r => r.Method == "POST" && r.Path.EndsWith("/contacts", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Duplicate_ids_in_one_request_are_rejected_after_the_first()
    {
        var response = await UpsertAsync(new
        {
            contacts = new[]
            {
                new { id = "00Q5g00000AbCdE", data = new Dictionary<string, string> { ["LastName"] = "One" } },
                new { id = "00Q5g00000AbCdEEAV", data = new Dictionary<string, string> { ["LastName"] = "Two" } },
            },
        });

        var json = response.ShouldBeOk();
        json.GetProperty("accepted").GetInt32().ShouldBe(1);
        json.GetProperty("rejected")[0].GetProperty("reason").GetString().ShouldNotBeNull().ShouldContain("appears earlier");
    }

    [Fact]
    public async Task More_than_1000_records_sent_with_mode_sync_are_written_in_chunks_of_1000()
    {
        var contacts = Enumerable.Range(0, 1500).Select(i => new
        {
            id = $"00Q5g0000{i:D6}",
            data = new Dictionary<string, string> { ["LastName"] = $"Contact {i}" },
        }).ToArray();

        var response = await UpsertAsync(new { contacts }, query: "?mode=sync");

        response.ShouldBeOk().GetProperty("accepted").GetInt32().ShouldBe(1500);
        _app.Emulator.Requests.Count(r => r.Method == "POST" && r.Path == $"/api/v2/outbound/contactlists/{Seed.SalesforceLeads}/contacts").ShouldBe(2);
        _app.Emulator.ContactsIn(Seed.SalesforceLeads).Count.ShouldBe(1500);
    }

    [Fact]
    public async Task Contact_list_metadata_is_read_once_per_minute()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = await CampaignBridgeApp.StartAsync(o => { o.TimeProvider = time; o.Emulator = _app.Emulator; });
        var body = new { contacts = new[] { new { id = "00Q5g00000AbCdE", data = new Dictionary<string, string> { ["LastName"] = "One" } } } };
        int MetadataReads() => app.Emulator.Requests.Count(r => r.Method == "GET" && r.Path == $"/api/v2/outbound/contactlists/{Seed.SalesforceLeads}");

        (await UpsertAsync(body, app)).ShouldBeOk();
        time.Advance(ContactListMetadataCache.TimeToLive - TimeSpan.FromSeconds(1));
        (await UpsertAsync(body, app)).ShouldBeOk();
        MetadataReads().ShouldBe(1);

        time.Advance(TimeSpan.FromSeconds(2));
        (await UpsertAsync(body, app)).ShouldBeOk();
        MetadataReads().ShouldBe(2);
    }

    [Fact]
    public async Task An_unknown_contact_list_is_a_404()
    {
        var response = await CampaignBridgeApp.SendAsync(
            TestRequest.Post(_app.Services, $"/api/contactlists/{Seed.UnknownId}/contacts").WithJson(new { contacts = new[] { new { id = "00Q5g00000AbCdE", data = new Dictionary<string, string> { ["LastName"] = "One" } } } }),
            r => _app.Function<UpsertContacts>().Run(r, Seed.UnknownId));

        response.ShouldBeProblem(404, GenesysErrorCodes.NotFound);
    }

    [Fact]
    public async Task The_view_only_client_gets_502_permission_missing_naming_the_permission()
    {
        await using var app = await CampaignBridgeApp.StartAsync(o =>
        {
            o.Emulator = _app.Emulator;
            o.ClientId = "view-only-client";
            o.ClientSecret = "view-only-secret";
        });

        var response = await UpsertAsync(new { contacts = new[] { new { id = "00Q5g00000AbCdE", data = new Dictionary<string, string> { ["LastName"] = "One" } } } }, app);

        var problem = response.ShouldBeProblem(502, GenesysErrorCodes.PermissionMissing);
        problem.GetProperty("hint").GetString().ShouldNotBeNull().ShouldContain("outbound:contact:add");
    }
}
