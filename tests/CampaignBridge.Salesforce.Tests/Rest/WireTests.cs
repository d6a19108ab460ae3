using System.Net;
using CampaignBridge.OAuth;
using CampaignBridge.Salesforce.Tests.Rest.Support;

namespace CampaignBridge.Salesforce.Tests.Rest;

/// <summary>Byte-exact requests and answers the emulator cannot give, against a strict scripted org.</summary>
public sealed class WireTests
{
    private const string OneSaved = """[{"id":"00Q5g00000AbCdEEAV","success":true,"errors":[]}]""";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_token_request_is_the_documented_form_with_the_secret_form_encoded()
    {
        using var harness = new ScriptedHarness(new ClientCredentials("3MVG9.key", "s3cr+t/=&é"));

        var token = await harness.Tokens.GetAccessTokenAsync(Cancel);

        var (request, body) = harness.Org.Received.ShouldHaveSingleItem();
        request.Method.ShouldBe(HttpMethod.Post);
        request.RequestUri.ShouldBe(new Uri("https://acme.my.salesforce.com/services/oauth2/token"));
        request.Headers.Authorization.ShouldBeNull("the credentials go in the form body");
        request.Content!.Headers.ContentType!.MediaType.ShouldBe("application/x-www-form-urlencoded");
        body.ShouldBe("grant_type=client_credentials&client_id=3MVG9.key&client_secret=s3cr%2Bt%2F%3D%26%C3%A9");
        token.Value.ShouldBe("00D5g000004XyZ1!AQ4AQH0dMHZfz972Szmp");
    }

    [Fact]
    public async Task Api_requests_carry_the_bearer_token_the_call_options_and_accept_json()
    {
        using var harness = new ScriptedHarness();
        harness.Org.Answer(HttpStatusCode.OK, OneSaved);

        await harness.Client.UpdateAsync([new WritableSObject("Lead", SeededOrg.Ada) { ["DoNotCall"] = true }], Cancel);

        var (request, body) = harness.Org.RestRequests.ShouldHaveSingleItem();
        request.Method.ShouldBe(HttpMethod.Patch);
        request.RequestUri.ShouldBe(new Uri("https://acme.my.salesforce.com/services/data/v65.0/composite/sobjects"));
        request.Headers.Authorization!.Scheme.ShouldBe("Bearer");
        request.Headers.Authorization.Parameter.ShouldBe("00D5g000004XyZ1!AQ4AQH0dMHZfz972Szmp");
        request.Headers.GetValues("Sforce-Call-Options").ShouldBe(["client=CampaignBridge"]);
        request.Headers.Accept.Select(a => a.MediaType).ShouldContain("application/json");
        body.ShouldBe("""{"allOrNone":false,"records":[{"attributes":{"type":"Lead"},"id":"00Q5g00000AbCdEEAV","DoNotCall":true}]}""");
    }

    [Fact]
    public async Task A_token_naming_another_instance_url_is_used_and_the_stale_setting_is_logged()
    {
        using var harness = new ScriptedHarness();
        harness.Org.TokenAnswer = """{"access_token":"00D5g000004XyZ1!other","instance_url":"https://acme-renamed.my.salesforce.com","token_type":"Bearer"}""";

        var token = await harness.Tokens.GetAccessTokenAsync(Cancel);

        token.Value.ShouldBe("00D5g000004XyZ1!other");
        var warning = harness.Logs.GetSnapshot().Single(r => r.Id.Id == 3002);
        warning.Message.ShouldContain("https://acme-renamed.my.salesforce.com");
        warning.Message.ShouldContain("Salesforce:InstanceUrl");
    }

    [Fact]
    public async Task A_token_answer_without_an_access_token_is_unavailable()
    {
        using var harness = new ScriptedHarness();
        harness.Org.TokenAnswer = """{"instance_url":"https://acme.my.salesforce.com","token_type":"Bearer"}""";

        var error = await Should.ThrowAsync<SalesforceApiException>(() => harness.Tokens.GetAccessTokenAsync(Cancel));

        error.ErrorCode.ShouldBe(SalesforceErrorCodes.Unavailable);
        error.StatusCode.ShouldBe(200);
    }

    [Theory]
    [InlineData("https://evil.example/services/data/v65.0/query/01gD-2")]
    [InlineData("//evil.example/services/data/v65.0/query/01gD-2")]
    [InlineData("/services/oauth2/token")]
    public async Task A_next_records_url_off_the_org_s_rest_api_is_not_followed(string nextRecordsUrl)
    {
        using var harness = new ScriptedHarness();
        harness.Org.Answer(HttpStatusCode.OK, $$"""{"totalSize":4,"done":false,"nextRecordsUrl":"{{nextRecordsUrl}}","records":[{"attributes":{"type":"Lead"},"Id":"00Q5g00000AbCdEEAV"}]}""");

        var error = await Should.ThrowAsync<SalesforceApiException>(() => harness.Client.QueryAsync("SELECT Id FROM Lead", Cancel));

        error.ErrorCode.ShouldBe(SalesforceErrorCodes.Unavailable);
        error.Message.ShouldContain("nextRecordsUrl");
        harness.Org.RestRequests.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_total_size_beyond_the_bound_fails_after_the_first_page()
    {
        using var harness = new ScriptedHarness();
        harness.Org.Answer(HttpStatusCode.OK, """{"totalSize":10001,"done":false,"nextRecordsUrl":"/services/data/v65.0/query/01gD-2000","records":[]}""");

        var error = await Should.ThrowAsync<SalesforceApiException>(() => harness.Client.QueryAsync("SELECT Id FROM Task", Cancel));

        error.ErrorCode.ShouldBe(SalesforceErrorCodes.QueryTooLarge);
        error.Message.ShouldContain("10001");
        harness.Org.RestRequests.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_result_count_that_does_not_match_the_records_is_unavailable()
    {
        using var harness = new ScriptedHarness();
        harness.Org.Answer(HttpStatusCode.OK, OneSaved);

        var error = await Should.ThrowAsync<SalesforceApiException>(() => harness.Client.UpdateAsync(
            [new WritableSObject("Lead", SeededOrg.Ada) { ["DoNotCall"] = true }, new WritableSObject("Lead", SeededOrg.Grace) { ["DoNotCall"] = true }], Cancel));

        error.ErrorCode.ShouldBe(SalesforceErrorCodes.Unavailable);
        error.Message.ShouldContain("1 results for 2 records");
    }

    [Fact]
    public async Task A_success_answer_that_is_not_json_is_unavailable()
    {
        using var harness = new ScriptedHarness();
        harness.Org.Answer(HttpStatusCode.OK, "<html>maintenance</html>");

        var error = await Should.ThrowAsync<SalesforceApiException>(() => harness.Client.DescribeAsync("Task", Cancel));

        error.ErrorCode.ShouldBe(SalesforceErrorCodes.Unavailable);
        error.StatusCode.ShouldBe(200);
    }

    [Fact]
    public async Task An_error_answer_that_is_not_json_is_still_explained_by_its_status()
    {
        using var harness = new ScriptedHarness();
        harness.Org.Answer(HttpStatusCode.NotFound, "<html>not here</html>");

        var error = await Should.ThrowAsync<SalesforceApiException>(() => harness.Client.DescribeAsync("Task", Cancel));

        error.ErrorCode.ShouldBe(SalesforceErrorCodes.NotFound);
        error.SalesforceCode.ShouldBeNull();
    }

    [Fact]
    public async Task Every_pair_of_the_limit_header_is_tolerated_on_the_wire()
    {
        using var harness = new ScriptedHarness();
        harness.Org.Answer(HttpStatusCode.OK, """{"name":"Task","fields":[]}""", ("Sforce-Limit-Info", "api-usage=10018/100000; api-bursts=1/750; per-app-api-usage=17/250(appName=CampaignBridge)"));

        await harness.Client.DescribeAsync("Task", Cancel);

        harness.Client.LatestApiUsage.ShouldBe(new ApiUsage(10_018, 100_000, SalesforceHarness.Start));
    }

    [Fact]
    public async Task A_record_is_written_with_every_kind_of_value()
    {
        using var harness = new ScriptedHarness();
        harness.Org.Answer(HttpStatusCode.OK, OneSaved);
        var record = new WritableSObject("Lead", SeededOrg.Ada)
        {
            ["Text__c"] = "Zoë \"Z\" +49 <b>",
            ["Whole__c"] = 31,
            ["Long__c"] = 9_007_199_254_740_993L,
            ["Money__c"] = 12.50m,
            ["Ratio__c"] = 0.25,
            ["Flag__c"] = false,
            ["Day__c"] = new DateOnly(2026, 12, 1),
            ["At__c"] = new DateTimeOffset(2026, 12, 1, 10, 14, 3, 120, TimeSpan.FromHours(1)),
            ["Cleared__c"] = SObjectFieldValue.Null,
            ["NoDuration__c"] = (int?)null,
        };

        await harness.Client.UpdateAsync([record], Cancel);

        harness.Org.RestRequests.Single().Body.ShouldBe(
            """{"allOrNone":false,"records":[{"attributes":{"type":"Lead"},"id":"00Q5g00000AbCdEEAV","Text__c":"Zoë \"Z\" +49 <b>","Whole__c":31,"Long__c":9007199254740993,"Money__c":12.50,"Ratio__c":0.25,"Flag__c":false,"Day__c":"2026-12-01","At__c":"2026-12-01T09:14:03.120Z","Cleared__c":null,"NoDuration__c":null}]}""");
    }
}
