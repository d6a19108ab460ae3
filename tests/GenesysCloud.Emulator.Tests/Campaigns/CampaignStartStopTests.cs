using System.Net;
using GenesysCloud.Emulator.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace GenesysCloud.Emulator.Tests.Campaigns;

/// <summary>POST .../campaigns/{id}/start and /stop (SDK ≥ 220.0.0), reference §3.1 and §3.3 item 2.</summary>
public sealed class CampaignStartStopTests
{
    [Fact]
    public async Task Starting_an_off_campaign_answers_200_with_an_empty_body_and_turns_it_on()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await PostActionAsync(session, token, SeedIds.SpringRenewals, "start");

        await response.ShouldBeEmptyOkAsync();
        await StatusShouldBeAsync(session, token, SeedIds.SpringRenewals, "on");
    }

    [Fact]
    public async Task Stopping_an_on_campaign_answers_200_with_an_empty_body_and_turns_it_off_after_the_default_stopping_time()
    {
        // §8.3: stopping is a real, lasting state; by default it lasts settings.stoppingDelaySeconds = 30 s.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        await using var session = await EmulatorSession.StartAsync(timeProvider: time);
        var token = await session.GetTokenAsync();

        using var response = await PostActionAsync(session, token, SeedIds.WinbackQ4, "stop");

        await response.ShouldBeEmptyOkAsync();
        await StatusShouldBeAsync(session, token, SeedIds.WinbackQ4, "stopping");
        time.Advance(TimeSpan.FromSeconds(EmulatorSettings.DefaultStoppingDelaySeconds - 1));
        await StatusShouldBeAsync(session, token, SeedIds.WinbackQ4, "stopping");
        time.Advance(TimeSpan.FromSeconds(1));
        await StatusShouldBeAsync(session, token, SeedIds.WinbackQ4, "off");
    }

    [Theory]
    [InlineData(SeedIds.WinbackQ4, "start", "on")]
    [InlineData(SeedIds.SpringRenewals, "stop", "off")]
    public async Task Repeating_an_action_the_campaign_is_already_in_is_a_harmless_200(string campaignId, string action, string status)
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var response = await PostActionAsync(session, token, campaignId, action);
            await response.ShouldBeEmptyOkAsync();
        }

        await StatusShouldBeAsync(session, token, campaignId, status);
    }

    [Fact]
    public async Task A_started_campaign_can_be_updated_with_get_and_put_afterwards()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        using (var start = await PostActionAsync(session, token, SeedIds.SpringRenewals, "start"))
        {
            await start.ShouldBeEmptyOkAsync();
        }

        var campaign = await session.GetCampaignAsync(SeedIds.SpringRenewals, token);
        campaign["campaignStatus"] = "off";
        using var response = await session.PutJsonAsync($"/api/v2/outbound/campaigns/{SeedIds.SpringRenewals}", token, campaign);

        (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("campaignStatus").GetString().ShouldBe("stopping");
    }

    [Fact]
    public async Task Stop_goes_through_stopping_when_the_seed_has_a_stopping_delay()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        await using var session = await EmulatorSession.StartAsync(Seeds.With(s => s.Settings.StoppingDelaySeconds = 10), time);
        var token = await session.GetTokenAsync();

        using (var response = await PostActionAsync(session, token, SeedIds.WinbackQ4, "stop"))
        {
            await response.ShouldBeEmptyOkAsync();
        }

        await StatusShouldBeAsync(session, token, SeedIds.WinbackQ4, "stopping");
        time.Advance(TimeSpan.FromSeconds(11));
        await StatusShouldBeAsync(session, token, SeedIds.WinbackQ4, "off");
    }

    [Fact]
    public async Task Stopping_a_complete_campaign_is_the_same_invalid_transition_as_a_put()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await PostActionAsync(session, token, SeedIds.CustomerSurvey, "stop");

        var body = await response.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "invalid.update.bad.status.transition");
        body.GetProperty("message").GetString()!.ShouldEndWith("Invalid transition from <COMPLETE> to <OFF>");
        await StatusShouldBeAsync(session, token, SeedIds.CustomerSurvey, "complete");
    }

    [Theory]
    [InlineData("start")]
    [InlineData("stop")]
    public async Task Start_and_stop_of_an_unknown_campaign_are_404(string action)
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await PostActionAsync(session, token, SeedIds.UnknownGuid, action);

        await response.ShouldBeErrorBodyAsync(HttpStatusCode.NotFound, "not.found");
    }

    [Theory]
    [InlineData("start")]
    [InlineData("stop")]
    public async Task An_api_older_than_the_start_stop_endpoints_answers_404_and_leaves_the_campaign_alone(string action)
    {
        await using var session = await EmulatorSession.StartAsync(Seeds.With(s => s.Settings.CampaignStartStopEndpoints = false));
        var token = await session.GetTokenAsync();
        var campaignId = action == "start" ? SeedIds.SpringRenewals : SeedIds.WinbackQ4;

        using var response = await PostActionAsync(session, token, campaignId, action);

        await response.ShouldBeErrorBodyAsync(HttpStatusCode.NotFound, "not.found");
        await StatusShouldBeAsync(session, token, campaignId, action == "start" ? "off" : "on");
    }

    private static Task<HttpResponseMessage> PostActionAsync(EmulatorSession session, string token, string campaignId, string action)
        => session.SendAsync(HttpMethod.Post, $"/api/v2/outbound/campaigns/{campaignId}/{action}", token);

    private static async Task StatusShouldBeAsync(EmulatorSession session, string token, string campaignId, string status)
        => (await session.GetCampaignAsync(campaignId, token))["campaignStatus"]!.GetValue<string>().ShouldBe(status);
}
