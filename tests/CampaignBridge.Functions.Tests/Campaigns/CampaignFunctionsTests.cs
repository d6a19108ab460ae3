using CampaignBridge.Functions.Campaigns;
using CampaignBridge.Functions.Tests.Infrastructure;
using CampaignBridge.Genesys;
using Emulators.Hosting;
using GenesysCloud.Emulator;

namespace CampaignBridge.Functions.Tests.Campaigns;

public sealed class CampaignFunctionsTests : IAsyncLifetime
{
    private CampaignBridgeApp _app = null!;

    public async ValueTask InitializeAsync() => _app = await CampaignBridgeApp.StartAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task ListCampaigns_answers_a_page_of_campaign_summaries()
    {
        var response = await CampaignBridgeApp.SendAsync(TestRequest.Get(_app.Services, "/api/campaigns?pageSize=2&pageNumber=1"), _app.Function<ListCampaigns>().Run);

        var json = response.ShouldBeOk();
        json.GetProperty("pageSize").GetInt32().ShouldBe(2);
        json.GetProperty("pageNumber").GetInt32().ShouldBe(1);
        json.GetProperty("total").GetInt64().ShouldBe(3);
        json.GetProperty("pageCount").GetInt32().ShouldBe(2);
        var first = json.GetProperty("campaigns")[0];
        first.GetProperty("id").GetString().ShouldBe(Seed.SpringRenewals);
        first.GetProperty("name").GetString().ShouldBe("Spring Renewals");
        first.GetProperty("campaignStatus").GetString().ShouldBe("off");
        first.GetProperty("dialingMode").GetString().ShouldBe("preview");
        first.GetProperty("contactListId").GetString().ShouldBe(Seed.SalesforceLeads);
        first.GetProperty("version").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task ListCampaigns_filters_by_name()
    {
        var response = await CampaignBridgeApp.SendAsync(TestRequest.Get(_app.Services, "/api/campaigns?name=Winback"), _app.Function<ListCampaigns>().Run);

        var campaigns = response.ShouldBeOk().GetProperty("campaigns");
        campaigns.GetArrayLength().ShouldBe(1);
        campaigns[0].GetProperty("id").GetString().ShouldBe(Seed.WinbackQ4);
    }

    [Fact]
    public async Task GetCampaign_answers_the_summary()
    {
        var response = await CampaignBridgeApp.SendAsync(TestRequest.Get(_app.Services, $"/api/campaigns/{Seed.WinbackQ4}"), r => _app.Function<GetCampaign>().Run(r, Seed.WinbackQ4));

        var json = response.ShouldBeOk();
        json.GetProperty("id").GetString().ShouldBe(Seed.WinbackQ4);
        json.GetProperty("campaignStatus").GetString().ShouldBe("on");
        json.GetProperty("dialingMode").GetString().ShouldBe("progressive");
    }

    [Fact]
    public async Task GetCampaign_of_an_unknown_campaign_is_a_404_problem_with_the_genesys_code()
    {
        var response = await CampaignBridgeApp.SendAsync(TestRequest.Get(_app.Services, $"/api/campaigns/{Seed.UnknownId}"), r => _app.Function<GetCampaign>().Run(r, Seed.UnknownId));

        var problem = response.ShouldBeProblem(404, GenesysErrorCodes.NotFound);
        problem.GetProperty("genesysCode").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task StartCampaign_turns_an_off_campaign_on_in_genesys()
    {
        var response = await CampaignBridgeApp.SendAsync(TestRequest.Post(_app.Services, $"/api/campaigns/{Seed.SpringRenewals}/start"), r => _app.Function<StartCampaign>().Run(r, Seed.SpringRenewals));

        response.ShouldBeOk().GetProperty("campaignStatus").GetString().ShouldBe("on");
        _app.Emulator.Requests.ShouldContain(r => r.Method == "POST" && r.Path == $"/api/v2/outbound/campaigns/{Seed.SpringRenewals}/start");
    }

    [Fact]
    public async Task StartCampaign_of_a_running_campaign_answers_200_with_it_unchanged()
    {
        var response = await CampaignBridgeApp.SendAsync(TestRequest.Post(_app.Services, $"/api/campaigns/{Seed.WinbackQ4}/start"), r => _app.Function<StartCampaign>().Run(r, Seed.WinbackQ4));

        response.ShouldBeOk().GetProperty("campaignStatus").GetString().ShouldBe("on");
    }

    [Fact]
    public async Task StopCampaign_turns_a_running_campaign_off_or_stopping()
    {
        var response = await CampaignBridgeApp.SendAsync(TestRequest.Post(_app.Services, $"/api/campaigns/{Seed.WinbackQ4}/stop"), r => _app.Function<StopCampaign>().Run(r, Seed.WinbackQ4));

        response.ShouldBeOk().GetProperty("campaignStatus").GetString().ShouldBeOneOf("off", "stopping");
    }

    [Fact]
    public async Task GetCampaignProgress_combines_progress_and_stats()
    {
        var response = await CampaignBridgeApp.SendAsync(TestRequest.Get(_app.Services, $"/api/campaigns/{Seed.WinbackQ4}/progress"), r => _app.Function<GetCampaignProgress>().Run(r, Seed.WinbackQ4));

        var json = response.ShouldBeOk();
        json.GetProperty("campaignId").GetString().ShouldBe(Seed.WinbackQ4);
        json.GetProperty("contactListId").GetString().ShouldBe(Seed.SalesforceLeads);
        json.TryGetProperty("totalNumberOfContacts", out _).ShouldBeTrue();
        _app.Emulator.Requests.ShouldContain(r => r.Path.EndsWith("/progress", StringComparison.Ordinal));
        _app.Emulator.Requests.ShouldContain(r => r.Path.EndsWith("/stats", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StopCampaign_of_an_unknown_campaign_is_a_404()
    {
        var response = await CampaignBridgeApp.SendAsync(TestRequest.Post(_app.Services, $"/api/campaigns/{Seed.UnknownId}/stop"), r => _app.Function<StopCampaign>().Run(r, Seed.UnknownId));

        response.ShouldBeProblem(404, GenesysErrorCodes.NotFound);
    }

    [Fact]
    public async Task GetCampaignProgress_of_an_unknown_campaign_is_a_404()
    {
        var response = await CampaignBridgeApp.SendAsync(TestRequest.Get(_app.Services, $"/api/campaigns/{Seed.UnknownId}/progress"), r => _app.Function<GetCampaignProgress>().Run(r, Seed.UnknownId));

        response.ShouldBeProblem(404, GenesysErrorCodes.NotFound);
    }

    [Fact]
    public async Task StopCampaign_of_a_completed_campaign_passes_on_the_genesys_400_invalid_transition()
    {
        var response = await CampaignBridgeApp.SendAsync(TestRequest.Post(_app.Services, $"/api/campaigns/{Seed.CustomerSurvey}/stop"), r => _app.Function<StopCampaign>().Run(r, Seed.CustomerSurvey));

        var problem = response.ShouldBeProblem(400, GenesysErrorCodes.InvalidCampaignTransition);
        problem.GetProperty("genesysCode").GetString().ShouldBe("invalid.update.bad.status.transition");
        problem.GetProperty("genesysContextId").GetString().ShouldNotBeNullOrWhiteSpace();
        problem.GetProperty("hint").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task A_rate_limited_genesys_is_a_503_with_retry_after()
    {
        _app.Emulator.Faults.Add(new FaultRule { PathPrefix = "/api/v2/outbound/campaigns", Status = 429, RetryAfterSeconds = 120 });

        var response = await CampaignBridgeApp.SendAsync(TestRequest.Get(_app.Services, $"/api/campaigns/{Seed.WinbackQ4}"), r => _app.Function<GetCampaign>().Run(r, Seed.WinbackQ4));

        response.ShouldBeProblem(503, GenesysErrorCodes.RateLimited);
        int.Parse(response.Headers.RetryAfter.ToString(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_failing_genesys_is_a_502_unavailable()
    {
        _app.Emulator.Faults.Add(new FaultRule { PathPrefix = "/api/v2/outbound/campaigns", Status = 503 });

        var response = await CampaignBridgeApp.SendAsync(TestRequest.Get(_app.Services, $"/api/campaigns/{Seed.WinbackQ4}"), r => _app.Function<GetCampaign>().Run(r, Seed.WinbackQ4));

        response.ShouldBeProblem(502, GenesysErrorCodes.Unavailable);
    }
}
