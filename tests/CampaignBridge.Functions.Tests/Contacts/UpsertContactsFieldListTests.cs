using CampaignBridge.Functions.Contacts;
using CampaignBridge.Functions.Tests.Infrastructure;

namespace CampaignBridge.Functions.Tests.Contacts;

/// <summary>
/// UpsertContacts with <c>fields: [{column, value}]</c>, the record shape a Flow can fill in through External Services
/// (it cannot fill the <c>data</c> map that Apex sends).
/// </summary>
public sealed class UpsertContactsFieldListTests : IAsyncLifetime
{
    private const string Path = "/api/contactlists/" + Seed.SalesforceLeads + "/contacts";
    private CampaignBridgeApp _app = null!;

    public async ValueTask InitializeAsync() => _app = await CampaignBridgeApp.StartAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private Task<TestResponse> UpsertAsync(object body)
        => CampaignBridgeApp.SendAsync(TestRequest.Post(_app.Services, Path).WithJson(body), r => _app.Function<UpsertContacts>().Run(r, Seed.SalesforceLeads));

    private static object Field(string column, string value) => new { column, value };

    [Fact]
    public async Task A_flow_sends_the_columns_as_a_list_of_column_and_value()
    {
        var response = await UpsertAsync(new
        {
            contacts = new[]
            {
                new { id = "00Q5g00000AbCdEEAV", fields = new[] { Field("FirstName", "Ada"), Field("Phone", "(415) 555-0132"), Field("MobilePhone", "") } },
            },
        });

        var json = response.ShouldBeOk();
        json.GetProperty("accepted").GetInt32().ShouldBe(1);
        var contact = _app.Emulator.ContactsIn(Seed.SalesforceLeads)["00Q5g00000AbCdEEAV"];
        contact.Data["FirstName"].ShouldBe("Ada");
        contact.Data["Phone"].ShouldBe("+14155550132");
        contact.Data["MobilePhone"].ShouldBe(string.Empty);
    }

    [Fact]
    public async Task A_record_with_both_data_and_fields_is_rejected_and_the_others_are_written()
    {
        var response = await UpsertAsync(new
        {
            contacts = new object[]
            {
                new { id = "00Q5g00000AbCdEEAV", data = new Dictionary<string, string> { ["LastName"] = "Lovelace" }, fields = new[] { Field("LastName", "Byron") } },
                new { id = "00Q5g00000AbCdF", fields = new[] { Field("LastName", "Hopper") } },
            },
        });

        var json = response.ShouldBeOk();
        json.GetProperty("accepted").GetInt32().ShouldBe(1);
        var rejected = json.GetProperty("rejected").EnumerateArray().Single();
        rejected.GetProperty("id").GetString().ShouldBe("00Q5g00000AbCdEEAV");
        rejected.GetProperty("field").GetString().ShouldBe("fields");
        rejected.GetProperty("reason").GetString().ShouldNotBeNull().ShouldContain("both data and fields");
        _app.Emulator.ContactsIn(Seed.SalesforceLeads).Keys.ShouldBe(["00Q5g00000AbCdF"]);
    }

    [Fact]
    public async Task A_column_given_twice_or_an_entry_without_a_column_rejects_its_record()
    {
        var response = await UpsertAsync(new
        {
            contacts = new object[]
            {
                new { id = "00Q5g00000AbCdEEAV", fields = new[] { Field("LastName", "Lovelace"), Field("LastName", "Byron") } },
                new { id = "00Q5g00000AbCdF", fields = new[] { Field("", "Hopper") } },
            },
        });

        var json = response.ShouldBeProblem(422, "contacts.none_valid");
        var rejected = json.GetProperty("rejected").EnumerateArray().ToList();
        rejected.Select(r => (r.GetProperty("id").GetString(), r.GetProperty("field").GetString()))
            .ShouldBe([("00Q5g00000AbCdEEAV", "LastName"), ("00Q5g00000AbCdF", "fields[0]")]);
        _app.Emulator.Requests.ShouldNotContain(r => r.Method == "POST" && r.Path.EndsWith("/contacts", StringComparison.Ordinal));
    }
}
