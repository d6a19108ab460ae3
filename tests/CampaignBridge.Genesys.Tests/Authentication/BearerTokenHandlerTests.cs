using CampaignBridge.Genesys.Tests.Support;
using CampaignBridge.OAuth;
using Emulators.Hosting;
using GenesysCloud.Emulator;

namespace CampaignBridge.Genesys.Tests.Authentication;

/// <summary>The token on API calls and the 401 renew-and-retry-once rule, over HTTP to the emulator.</summary>
public sealed class BearerTokenHandlerTests
{
    private const string SpringPath = "/api/v2/outbound/campaigns/" + Seeded.SpringRenewals;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_api_call_carries_the_cached_bearer_token()
    {
        await using var harness = await GenesysHarness.StartAsync();

        await harness.Client.GetCampaignAsync(Seeded.SpringRenewals, Cancel);
        await harness.Client.GetCampaignAsync(Seeded.WinbackQ4, Cancel);

        var token = harness.Emulator.IssuedTokens.ShouldHaveSingleItem().AccessToken;
        harness.ApiRequests.Select(r => r.Headers["Authorization"]).ShouldBe([$"Bearer {token}", $"Bearer {token}"]);
    }

    [Fact]
    public async Task A_401_from_the_api_renews_the_token_and_retries_once()
    {
        await using var harness = await GenesysHarness.StartAsync();
        await harness.Client.GetCampaignAsync(Seeded.SpringRenewals, Cancel);
        harness.Emulator.Faults.Add(new FaultRule { PathPrefix = SpringPath, Status = 401, Code = "bad.credentials", Count = 1 });

        var campaign = await harness.Client.GetCampaignAsync(Seeded.SpringRenewals, Cancel);

        campaign.Id.ShouldBe(Seeded.SpringRenewals);
        var tokens = harness.Emulator.IssuedTokens.Select(t => t.AccessToken).ToList();
        tokens.Count.ShouldBe(2);
        harness.ApiRequests.Select(r => (r.Headers["Authorization"], r.StatusCode)).ShouldBe([
            ($"Bearer {tokens[0]}", 200),
            ($"Bearer {tokens[0]}", 401),
            ($"Bearer {tokens[1]}", 200),
        ]);
    }

    [Fact]
    public async Task A_second_401_is_token_rejected_without_further_renewals()
    {
        await using var harness = await GenesysHarness.StartAsync();
        harness.Emulator.Faults.Add(new FaultRule { PathPrefix = SpringPath, Status = 401, Code = "bad.credentials", Count = 2 });

        var error = await Should.ThrowAsync<GenesysApiException>(() => harness.Client.GetCampaignAsync(Seeded.SpringRenewals, Cancel));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.TokenRejected);
        error.StatusCode.ShouldBe(401);
        error.GenesysCode.ShouldBe("bad.credentials");
        harness.Emulator.TokenRequestCount.ShouldBe(2);
        harness.ApiRequests.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_client_disabled_mid_life_is_explained_after_its_token_stops_working()
    {
        await using var harness = await GenesysHarness.StartAsync();
        await harness.Client.GetCampaignAsync(Seeded.SpringRenewals, Cancel);
        harness.Emulator.DisableClient(Seeded.Local.ClientId);

        var error = await Should.ThrowAsync<GenesysApiException>(() => harness.Client.GetCampaignAsync(Seeded.SpringRenewals, Cancel));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.InvalidClient);
        error.Hint.ShouldContain("set it back to active");
        harness.ApiRequests.Select(r => r.StatusCode).ShouldBe([200, 401]);
        harness.Credentials.RefreshCount.ShouldBe(1);
    }

    [Fact]
    public async Task A_secret_rotated_mid_life_keeps_the_issued_token_and_renews_with_the_new_secret()
    {
        await using var harness = await GenesysHarness.StartAsync();
        await harness.Client.GetCampaignAsync(Seeded.SpringRenewals, Cancel);
        harness.Emulator.RotateClientSecret(Seeded.Local.ClientId, "rotated-secret-3");
        harness.Credentials.Stored = Seeded.Local with { ClientSecret = "rotated-secret-3" };
        harness.Emulator.Faults.Add(new FaultRule { PathPrefix = SpringPath, Status = 401, Code = "bad.credentials", Count = 1 });

        var campaign = await harness.Client.GetCampaignAsync(Seeded.SpringRenewals, Cancel);

        campaign.Id.ShouldBe(Seeded.SpringRenewals);
        harness.Credentials.RefreshCount.ShouldBe(1);
        harness.Emulator.Requests.Where(r => r.Path == "/oauth/token").Select(r => r.StatusCode).ShouldBe([200, 400, 200]);
    }
}
