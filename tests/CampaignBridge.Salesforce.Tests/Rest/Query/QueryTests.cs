using CampaignBridge.Salesforce.Tests.Rest.Support;

namespace CampaignBridge.Salesforce.Tests.Rest.Query;

/// <summary>SOQL queries with paging (reference §3.5) against the emulator.</summary>
public sealed class QueryTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_query_follows_next_records_url_to_the_last_page()
    {
        await using var harness = await SalesforceHarness.StartAsync(seed: SalesforceHarness.Seed(s => s.QueryBatchSize = 2));
        var soql = $"SELECT Id, Status, LeadId, ContactId FROM CampaignMember WHERE CampaignId = {Soql.Id(SeededOrg.WinterRenewals)} ORDER BY Id";

        var members = await harness.Client.QueryAsync(soql, Cancel);

        members.Count.ShouldBe(6);
        members.Select(m => m.Id).ShouldBe(members.Select(m => m.Id).Order(StringComparer.Ordinal), "pages come back in order");
        members.ShouldAllBe(m => m.Type == "CampaignMember");
        var ada = members.Single(m => m.Id == SeededOrg.AdaInWinter);
        ada.GetString("Status").ShouldBe("Sent");
        ada.GetString("leadid").ShouldBe(SeededOrg.Ada, "field names are case-insensitive");
        ada.TryGetField("ContactId", out var contact).ShouldBeTrue();
        contact.ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        ada.GetString("ContactId").ShouldBeNull();
        ada.GetString("NotSelected").ShouldBeNull();

        var requests = harness.ApiRequests;
        requests.Count.ShouldBe(3);
        requests[0].Path.ShouldBe("/services/data/v65.0/query");
        requests[1].Path.ShouldStartWith("/services/data/v65.0/query/");
        requests[2].Path.ShouldEndWith("-4");
    }

    [Fact]
    public async Task Lookups_by_id_lists_find_the_members_of_leads_and_contacts()
    {
        await using var harness = await SalesforceHarness.StartAsync();
        var soql = $"SELECT Id, Status, LeadId, ContactId FROM CampaignMember WHERE CampaignId = {Soql.Id(SeededOrg.WinterRenewals)} "
                 + $"AND (LeadId IN {Soql.IdList([SeededOrg.Ada, SeededOrg.Grace])} OR ContactId IN {Soql.IdList([SeededOrg.Edsger])})";

        var members = await harness.Client.QueryAsync(soql, Cancel);

        members.Select(m => m.GetString("LeadId") ?? m.GetString("ContactId")).Order(StringComparer.Ordinal)
            .ShouldBe(new[] { SeededOrg.Ada, SeededOrg.Grace, SeededOrg.Edsger }.Order(StringComparer.Ordinal));
        harness.ApiRequests.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_literal_with_quotes_and_backslashes_matches_exactly_the_value_written()
    {
        await using var harness = await SalesforceHarness.StartAsync();
        const string Odd = "it's a \\ \"conversation\"";
        await harness.Client.UpsertAsync("Task", SeededOrg.ConversationField,
            [TaskCalls.Call(Odd, SeededOrg.Ada), TaskCalls.Call("plain", SeededOrg.Grace)], Cancel);

        var tasks = await harness.Client.QueryAsync($"SELECT Id, {SeededOrg.ConversationField}, CallDurationInSeconds, ActivityDate, IsClosed FROM Task WHERE {SeededOrg.ConversationField} = {Soql.Literal(Odd)}", Cancel);

        var task = tasks.ShouldHaveSingleItem();
        task.GetString(SeededOrg.ConversationField).ShouldBe(Odd);
        task.GetDecimal("CallDurationInSeconds").ShouldBe(31m);
        task.GetDate("ActivityDate").ShouldBe(new DateOnly(2026, 12, 1));
        task.GetBoolean("IsClosed").ShouldBe(true);
    }

    [Fact]
    public async Task A_query_matching_nothing_is_an_empty_list()
    {
        await using var harness = await SalesforceHarness.StartAsync();

        var tasks = await harness.Client.QueryAsync("SELECT Id FROM Task", Cancel);

        tasks.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_query_needing_more_pages_than_the_bound_fails_as_too_large_after_the_bound()
    {
        await using var harness = await SalesforceHarness.StartAsync(seed: SalesforceHarness.Seed(s => s.QueryBatchSize = 1));
        await harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, TaskCalls.Batch(SalesforceRestLimits.MaxQueryPages + 1), Cancel);

        var error = await Should.ThrowAsync<SalesforceApiException>(() => harness.Client.QueryAsync("SELECT Id FROM Task", Cancel));

        error.ErrorCode.ShouldBe(SalesforceErrorCodes.QueryTooLarge);
        error.Message.ShouldContain("query of Task");
        error.Hint.ShouldContain("Narrow the query");
        harness.ApiRequests.Count(r => r.Path.Contains("/query", StringComparison.Ordinal)).ShouldBe(SalesforceRestLimits.MaxQueryPages);
    }

    [Fact]
    public async Task Malformed_soql_is_a_bad_request_and_is_not_retried()
    {
        await using var harness = await SalesforceHarness.StartAsync();

        var error = await Should.ThrowAsync<SalesforceApiException>(() => harness.Client.QueryAsync("SELECT FROM WHERE", Cancel));

        error.ErrorCode.ShouldBe(SalesforceErrorCodes.BadRequest);
        error.StatusCode.ShouldBe(400);
        error.SalesforceCode.ShouldBe("MALFORMED_QUERY");
        harness.ApiRequests.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_query_of_a_field_the_user_cannot_see_names_field_level_security()
    {
        await using var harness = await SalesforceHarness.StartAsync(SeededOrg.RestrictedFields);

        var error = await Should.ThrowAsync<SalesforceApiException>(() => harness.Client.QueryAsync("SELECT Id, CallDisposition FROM Task", Cancel));

        error.SalesforceCode.ShouldBe("INVALID_FIELD");
        error.Hint.ShouldContain("field-level security");
    }
}
