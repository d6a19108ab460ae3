using CampaignBridge.Functions.Campaigns;
using CampaignBridge.Functions.Tests.Infrastructure;
using CampaignBridge.Genesys;

namespace CampaignBridge.Functions.Tests.Campaigns;

/// <summary>The two failures the seed exists for: an OAuth client without the Client Credentials grant, and wrong credentials.</summary>
public sealed class GenesysCredentialFailureTests
{
    private static async Task<TestResponse> GetCampaignAsync(CampaignBridgeApp app)
        => await CampaignBridgeApp.SendAsync(TestRequest.Get(app.Services, $"/api/campaigns/{Seed.WinbackQ4}"), r => app.Function<GetCampaign>().Run(r, Seed.WinbackQ4));

    [Fact]
    public async Task A_client_without_the_client_credentials_grant_is_a_502_unauthorized_client_with_the_hint()
    {
        await using var app = await CampaignBridgeApp.StartAsync(o => { o.ClientId = "code-grant-client"; o.ClientSecret = "code-grant-secret"; });

        var response = await GetCampaignAsync(app);

        var problem = response.ShouldBeProblem(502, GenesysErrorCodes.UnauthorizedClient);
        problem.GetProperty("hint").GetString().ShouldNotBeNull().ShouldContain("Client Credentials");
        app.ApiRequestsSince(0).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_wrong_secret_is_a_502_invalid_client_with_the_hint()
    {
        await using var app = await CampaignBridgeApp.StartAsync(o => o.ClientSecret = "not-the-secret");

        var response = await GetCampaignAsync(app);

        var problem = response.ShouldBeProblem(502, GenesysErrorCodes.InvalidClient);
        problem.GetProperty("hint").GetString().ShouldNotBeNull().ShouldContain("region", Case.Insensitive);
        response.Body.ShouldNotContain("not-the-secret");
    }

    [Fact]
    public async Task A_client_unknown_in_the_region_is_a_502_invalid_client()
    {
        await using var app = await CampaignBridgeApp.StartAsync(o => { o.ClientId = "client-from-another-region"; o.ClientSecret = "some-secret"; });

        var response = await GetCampaignAsync(app);

        response.ShouldBeProblem(502, GenesysErrorCodes.InvalidClient);
    }

    [Fact]
    public async Task A_disabled_client_is_a_502_invalid_client_whose_hint_names_the_disabled_case()
    {
        await using var app = await CampaignBridgeApp.StartAsync(o => { o.ClientId = "disabled-client"; o.ClientSecret = "disabled-secret"; });

        var response = await GetCampaignAsync(app);

        response.ShouldBeProblem(502, GenesysErrorCodes.InvalidClient);
        response.Json.GetProperty("hint").GetString().ShouldNotBeNull().ShouldContain("the client is disabled");
    }

    [Fact]
    public async Task A_client_without_the_start_permission_falls_back_to_get_and_put()
    {
        await using var app = await CampaignBridgeApp.StartAsync(o => { o.ClientId = "edit-no-start-client"; o.ClientSecret = "edit-no-start-secret"; });

        var response = await CampaignBridgeApp.SendAsync(TestRequest.Post(app.Services, $"/api/campaigns/{Seed.SpringRenewals}/start"), r => app.Function<StartCampaign>().Run(r, Seed.SpringRenewals));

        response.ShouldBeOk().GetProperty("campaignStatus").GetString().ShouldBe("on");
        app.Emulator.Requests.ShouldContain(r => r.Method == "PUT" && r.Path == $"/api/v2/outbound/campaigns/{Seed.SpringRenewals}");
    }

    [Fact]
    public async Task A_view_only_client_starting_a_campaign_is_a_502_naming_the_missing_permission()
    {
        await using var app = await CampaignBridgeApp.StartAsync(o => { o.ClientId = "view-only-client"; o.ClientSecret = "view-only-secret"; });

        var response = await CampaignBridgeApp.SendAsync(TestRequest.Post(app.Services, $"/api/campaigns/{Seed.SpringRenewals}/start"), r => app.Function<StartCampaign>().Run(r, Seed.SpringRenewals));

        response.ShouldBeProblem(502, GenesysErrorCodes.PermissionMissing).GetProperty("hint").GetString().ShouldNotBeNull().ShouldContain("outbound:campaign");
    }

    [Fact]
    public async Task A_genesys_slower_than_the_time_budget_is_a_504()
    {
        await using var app = await CampaignBridgeApp.StartAsync(o =>
        {
            o.Settings["Genesys:TotalTimeout"] = "00:00:01";
            o.Settings["Genesys:AttemptTimeout"] = "00:00:00.500";
        });
        app.Emulator.Faults.Latency = TimeSpan.FromSeconds(3);

        var response = await GetCampaignAsync(app);

        response.ShouldBeProblem(504, GenesysErrorCodes.Timeout);
    }
}
