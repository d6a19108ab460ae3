using System.Net;
using Salesforce.Emulator.Tests.Support;

namespace Salesforce.Emulator.Tests.Query;

/// <summary>The lookups CampaignBridge runs (reference §3.5, §8.7): CampaignMember, CampaignMemberStatus and Task queries.</summary>
public sealed class QueryTests
{
    [Fact]
    public async Task Campaign_members_are_found_by_campaign_and_Lead_or_Contact_ids()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        var soql = $"SELECT Id, Status, LeadId, ContactId FROM CampaignMember WHERE CampaignId = '{SeedIds.WinterRenewals}' "
            + $"AND (LeadId IN ('{SeedIds.Ada}', '{SeedIds.Grace}', '{SeedIds.UnknownLead}') OR ContactId IN ('{SeedIds.Barbara}'))";

        using var response = await session.QueryAsync(soql, token);

        var body = await response.ShouldBeJsonAsync();
        body.GetProperty("totalSize").GetInt32().ShouldBe(3);
        body.GetProperty("done").GetBoolean().ShouldBeTrue();
        body.TryGetProperty("nextRecordsUrl", out _).ShouldBeFalse();
        var records = body.GetProperty("records").EnumerateArray().ToList();
        records.Select(r => r.GetProperty("Id").GetString()).ShouldBe([SeedIds.AdaInWinter, SeedIds.GraceInWinter, SeedIds.BarbaraInWinter]);
        var ada = records[0];
        ada.EnumerateObject().Select(p => p.Name).ShouldBe(["attributes", "Id", "Status", "LeadId", "ContactId"]);
        ada.GetProperty("attributes").GetProperty("type").GetString().ShouldBe("CampaignMember");
        ada.GetProperty("attributes").GetProperty("url").GetString().ShouldBe($"/services/data/v65.0/sobjects/CampaignMember/{SeedIds.AdaInWinter}");
        ada.GetProperty("ContactId").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        records[2].GetProperty("Status").GetString().ShouldBe("Responded");
    }

    [Fact]
    public async Task The_member_statuses_of_a_campaign_are_listed_with_default_and_responded_flags()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.QueryAsync(
            $"SELECT Label, IsDefault, HasResponded FROM CampaignMemberStatus WHERE CampaignId = '{SeedIds.WinterRenewals}' ORDER BY Label", token);

        var records = (await response.ShouldBeJsonAsync()).GetProperty("records").EnumerateArray().ToList();
        records.Select(r => r.GetProperty("Label").GetString()).ShouldBe(["Called", "Do not call", "Not interested", "Responded", "Sent"]);
        records.Single(r => r.GetProperty("IsDefault").GetBoolean()).GetProperty("Label").GetString().ShouldBe("Sent");
        records.Where(r => r.GetProperty("HasResponded").GetBoolean()).Select(r => r.GetProperty("Label").GetString())
            .ShouldBe(["Do not call", "Not interested", "Responded"]);
    }

    [Fact]
    public async Task Tasks_are_found_by_conversation_id()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        await session.UpsertTasksAsync(token, false, TaskRecords.Call("conv-1"), TaskRecords.Call("conv-2"), TaskRecords.Call("conv-3"));

        using var response = await session.QueryAsync(
            "SELECT Id, Genesys_Conversation_Id__c FROM Task WHERE Genesys_Conversation_Id__c IN ('CONV-1', 'conv-3', 'conv-9')", token);

        var records = (await response.ShouldBeJsonAsync()).GetProperty("records").EnumerateArray().ToList();
        records.Select(r => r.GetProperty("Genesys_Conversation_Id__c").GetString()).ShouldBe(["conv-1", "conv-3"]);
    }

    [Fact]
    public async Task Results_over_the_page_size_are_paged_through_nextRecordsUrl_and_each_page_is_a_call()
    {
        await using var session = await SalesforceSession.StartAsync(Seeds.WithSettings(s => s.QueryBatchSize = 2));
        var token = await session.GetTokenAsync();
        var seen = new List<string>();

        using var first = await session.QueryAsync($"SELECT Id FROM CampaignMember WHERE CampaignId = '{SeedIds.WinterRenewals}'", token);
        var page = await first.ShouldBeJsonAsync();
        var pages = 1;
        while (true)
        {
            page.GetProperty("totalSize").GetInt32().ShouldBe(6);
            seen.AddRange(page.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("Id").GetString()!));
            if (page.GetProperty("done").GetBoolean())
            {
                page.TryGetProperty("nextRecordsUrl", out _).ShouldBeFalse();
                break;
            }

            var next = page.GetProperty("nextRecordsUrl").GetString()!;
            next.ShouldMatch(@"^/services/data/v65\.0/query/01g[0-9A-Za-z]{15}-\d+$");
            pages.ShouldBeLessThan(10);
            using var response = await session.GetAsync(next, token);
            page = await response.ShouldBeJsonAsync();
            pages++;
        }

        pages.ShouldBe(3);
        seen.Count.ShouldBe(6);
        seen.Distinct().Count().ShouldBe(6);
        session.Emulator.ApiUsage.Used.ShouldBe(3);
    }

    [Fact]
    public async Task The_query_options_header_sets_the_batch_size_within_200_to_2000()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        await session.UpsertTasksAsync(token, false, [.. Enumerable.Range(0, 200).Select(i => TaskRecords.Call($"a-{i}"))]);
        await session.UpsertTasksAsync(token, false, [.. Enumerable.Range(0, 50).Select(i => TaskRecords.Call($"b-{i}"))]);
        using var request = new HttpRequestMessage(HttpMethod.Get, SalesforceSession.QueryPath + "?q=" + Uri.EscapeDataString("SELECT Id FROM Task"));
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("Sforce-Query-Options", "batchSize=10");

        using var response = await session.Http.SendAsync(request, TestContext.Current.CancellationToken);

        var body = await response.ShouldBeJsonAsync();
        body.GetProperty("totalSize").GetInt32().ShouldBe(250);
        body.GetProperty("records").GetArrayLength().ShouldBe(200);
        body.GetProperty("done").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Deleted_records_are_left_out_and_COUNT_counts()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        using (var leads = await session.QueryAsync("SELECT Id FROM Lead", token))
        {
            (await leads.ShouldBeJsonAsync()).GetProperty("records").EnumerateArray().Select(r => r.GetProperty("Id").GetString())
                .ShouldNotContain(SeedIds.DeletedLead);
        }

        using var count = await session.QueryAsync("SELECT COUNT() FROM Lead WHERE DoNotCall = false", token);
        var body = await count.ShouldBeJsonAsync();
        body.GetProperty("totalSize").GetInt32().ShouldBe(4);
        body.GetProperty("records").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Filters_compare_text_case_insensitively_ids_in_either_length_and_support_like_limit_and_offset()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        async Task<List<string?>> Ids(string soql)
        {
            using var response = await session.QueryAsync(soql, token);
            return [.. (await response.ShouldBeJsonAsync()).GetProperty("records").EnumerateArray().Select(r => r.GetProperty("Id").GetString())];
        }

        (await Ids("select id from lead where lastname = 'LOVELACE'")).ShouldBe([SeedIds.Ada]);
        (await Ids($"SELECT Id FROM Lead WHERE Id = '{SeedIds.Grace[..15]}'")).ShouldBe([SeedIds.Grace]);
        (await Ids("SELECT Id FROM Lead WHERE Company LIKE '%engines%'")).ShouldBe([SeedIds.Ada]);
        (await Ids("SELECT Id FROM Lead WHERE NOT LastName IN ('Lovelace', 'Hopper') ORDER BY LastName DESC LIMIT 2")).ShouldBe([SeedIds.Alan, SeedIds.ConvertedLead]);
        (await Ids("SELECT Id FROM Lead ORDER BY LastName LIMIT 1 OFFSET 1")).ShouldBe([SeedIds.Grace]);
        (await Ids("SELECT Id FROM Lead WHERE Phone != null AND DoNotCall = true")).ShouldBe([SeedIds.DoNotCallLead]);
    }

    [Theory]
    [InlineData("SELECT Id FROM", "MALFORMED_QUERY")]
    [InlineData("SELECT Id FRM Lead", "MALFORMED_QUERY")]
    [InlineData("SELECT Id FROM Lead WHERE LastName = 'a' AND Company = 'b' OR Phone = 'c'", "MALFORMED_QUERY")]
    [InlineData("SELECT Id FROM Lead WHERE LastName = 'unterminated", "MALFORMED_QUERY")]
    [InlineData("SELECT Id, Id FROM Lead", "MALFORMED_QUERY")]
    [InlineData("SELECT Mood__c FROM Lead", "INVALID_FIELD")]
    [InlineData("SELECT Id FROM Opportunity", "INVALID_TYPE")]
    [InlineData("SELECT Id FROM Lead WHERE Id = 'nope'", "INVALID_QUERY_FILTER_OPERATOR")]
    [InlineData("SELECT Id FROM Lead WHERE DoNotCall = 'true'", "INVALID_QUERY_FILTER_OPERATOR")]
    [InlineData("SELECT Id FROM Task WHERE ActivityDate = '2026-12-01'", "INVALID_QUERY_FILTER_OPERATOR")]
    [InlineData("SELECT Id FROM Lead LIMIT 10 OFFSET 2001", "NUMBER_OUTSIDE_VALID_RANGE")]
    public async Task A_query_the_API_refuses_answers_400_with_its_code(string soql, string code)
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.QueryAsync(soql, token);

        (await response.ShouldBeRestErrorAsync(HttpStatusCode.BadRequest, code)).GetProperty("message").GetString()!.ShouldContain("ERROR at Row:1:Column:");
    }

    [Fact]
    public async Task An_unknown_field_error_says_No_such_column_on_the_entity()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.QueryAsync("SELECT Id, Bogus FROM Task", token);

        (await response.ShouldBeRestErrorAsync(HttpStatusCode.BadRequest, "INVALID_FIELD")).GetProperty("message").GetString()!
            .ShouldContain("No such column 'Bogus' on entity 'Task'");
    }

    [Fact]
    public async Task A_date_literal_is_unquoted()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        await session.UpsertTasksAsync(token, false, TaskRecords.Call("dated"));

        using var response = await session.QueryAsync("SELECT Id FROM Task WHERE ActivityDate = 2026-12-01", token);

        (await response.ShouldBeJsonAsync()).GetProperty("totalSize").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task A_query_without_q_is_refused()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.GetAsync(SalesforceSession.QueryPath, token);

        await response.ShouldBeRestErrorAsync(HttpStatusCode.BadRequest, "MALFORMED_QUERY");
    }

    [Fact]
    public async Task A_field_the_run_as_user_cannot_see_is_unknown_to_queries()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync(ClientApps.RestrictedFields);

        using var response = await session.QueryAsync("SELECT Id, CallDisposition FROM Task", token);

        await response.ShouldBeRestErrorAsync(HttpStatusCode.BadRequest, "INVALID_FIELD");
    }
}
