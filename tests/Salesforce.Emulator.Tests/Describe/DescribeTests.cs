using System.Net;
using System.Text.Json;
using Salesforce.Emulator.Tests.Support;

namespace Salesforce.Emulator.Tests.Describe;

/// <summary>Describe (diagnostics' "access to the objects and fields written"): fields with name/createable/updateable through the run-as user's FLS.</summary>
public sealed class DescribeTests
{
    [Fact]
    public async Task Task_describe_lists_the_written_fields_with_their_create_and_update_flags()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        var fields = await FieldsAsync(session, token, "Task");

        fields["TaskSubtype"].GetProperty("createable").GetBoolean().ShouldBeTrue();
        fields["TaskSubtype"].GetProperty("updateable").GetBoolean().ShouldBeFalse();
        fields["CallDisposition"].GetProperty("updateable").GetBoolean().ShouldBeTrue();
        fields["CallDisposition"].GetProperty("length").GetInt32().ShouldBe(255);
        fields["Description"].GetProperty("type").GetString().ShouldBe("textarea");
        fields["IsClosed"].GetProperty("createable").GetBoolean().ShouldBeFalse();
        var key = fields[SeedIds.ConversationField];
        key.GetProperty("externalId").GetBoolean().ShouldBeTrue();
        key.GetProperty("unique").GetBoolean().ShouldBeTrue();
        key.GetProperty("idLookup").GetBoolean().ShouldBeTrue();
        key.GetProperty("custom").GetBoolean().ShouldBeTrue();
        key.GetProperty("length").GetInt32().ShouldBe(64);
        fields["WhoId"].GetProperty("referenceTo").EnumerateArray().Select(r => r.GetString()).ShouldBe(["Contact", "Lead"]);
        fields["Status"].GetProperty("picklistValues").EnumerateArray().Select(v => v.GetProperty("value").GetString())
            .ShouldBe(SalesforceSettings.DefaultTaskStatuses);
    }

    [Fact]
    public async Task The_run_as_users_field_access_removes_hidden_fields_and_locks_read_only_ones()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync(ClientApps.RestrictedFields);

        var task = await FieldsAsync(session, token, "Task");
        var lead = await FieldsAsync(session, token, "Lead");

        task.ShouldNotContainKey("CallDisposition");
        task["Description"].GetProperty("createable").GetBoolean().ShouldBeFalse();
        task["Description"].GetProperty("updateable").GetBoolean().ShouldBeFalse();
        task["Subject"].GetProperty("updateable").GetBoolean().ShouldBeTrue();
        lead["DoNotCall"].GetProperty("updateable").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Field_access_can_be_taken_away_in_the_seed()
    {
        var seed = Seeds.With(s => s.Users.Single(u => u.Id == SeedIds.IntegrationUser).FieldAccess["Task.CallDisposition"] = UserSeed.None);
        await using var session = await SalesforceSession.StartAsync(seed);
        var token = await session.GetTokenAsync();

        (await FieldsAsync(session, token, "Task")).ShouldNotContainKey("CallDisposition");
    }

    [Fact]
    public async Task Describe_of_an_unknown_object_is_404_and_describe_global_lists_the_objects()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        using (var unknown = await session.GetAsync("/services/data/v65.0/sobjects/Opportunity/describe", token))
        {
            await unknown.ShouldBeRestErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        }

        using var global = await session.GetAsync("/services/data/v65.0/sobjects", token);
        var body = await global.ShouldBeJsonAsync();
        body.GetProperty("maxBatchSize").GetInt32().ShouldBe(200);
        var objects = body.GetProperty("sobjects").EnumerateArray().ToDictionary(o => o.GetProperty("name").GetString()!, o => o.GetProperty("keyPrefix").GetString());
        objects["Task"].ShouldBe("00T");
        objects["Lead"].ShouldBe("00Q");
        objects["Contact"].ShouldBe("003");
        objects["Campaign"].ShouldBe("701");
        objects["CampaignMember"].ShouldBe("00v");
    }

    private static async Task<Dictionary<string, JsonElement>> FieldsAsync(SalesforceSession session, string token, string type)
    {
        using var response = await session.GetAsync($"/services/data/v65.0/sobjects/{type}/describe", token);
        var body = await response.ShouldBeJsonAsync();
        body.GetProperty("name").GetString().ShouldBe(type);
        return body.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
    }
}
