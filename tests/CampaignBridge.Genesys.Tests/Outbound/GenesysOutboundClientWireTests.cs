using System.Net;
using System.Text;
using CampaignBridge.Genesys.Authentication;
using CampaignBridge.Genesys.Http;
using CampaignBridge.Genesys.Outbound;
using CampaignBridge.Genesys.Tests.Support;
using CampaignBridge.OAuth;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignBridge.Genesys.Tests.Outbound;

/// <summary>
/// Answers the emulator does not give (values Genesys may add later, broken bodies), through strict wire fakes that
/// fail on any request they were not told to expect.
/// </summary>
public sealed class GenesysOutboundClientWireTests
{
    private const string CampaignUrl = "https://api.mypurecloud.com/api/v2/outbound/campaigns/c-1";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Unknown_statuses_dialing_modes_and_fields_are_kept_as_they_are()
    {
        var api = new StrictHttpHandler().Expect(_ => Json("""
            {"id":"c-1","name":"Future","version":7,"campaignStatus":"quantum_pause","dialingMode":"telepathic",
             "contactList":{"id":"l-1","name":"L","division":{"id":"d-1"}},"hologramSettings":{"depth":3}}
            """));
        using var services = Build(api);

        var campaign = await services.GetRequiredService<IGenesysOutboundClient>().GetCampaignAsync("c-1", Cancel);

        campaign.CampaignStatus.ShouldBe("quantum_pause");
        campaign.DialingMode.ShouldBe("telepathic");
        campaign.Version.ShouldBe(7);
        campaign.ContactList!.AdditionalFields!["division"].GetProperty("id").GetString().ShouldBe("d-1");
        campaign.AdditionalFields!["hologramSettings"].GetProperty("depth").GetInt32().ShouldBe(3);
        var request = api.Received.ShouldHaveSingleItem().Request;
        request.RequestUri.ShouldBe(new Uri(CampaignUrl));
        request.Headers.Authorization!.ToString().ShouldBe("Bearer wire-token");
    }

    [Theory]
    [InlineData("forced_off")]
    [InlineData("forced_stopping")]
    [InlineData("stopping")]
    public async Task A_campaign_the_system_is_turning_off_is_stopped_already(string status)
    {
        var api = new StrictHttpHandler()
            .Expect(_ => Problem(HttpStatusCode.BadRequest, "invalid.campaign.status.transition", $"Invalid transition from <{status.ToUpperInvariant()}> to <OFF>"))
            .Expect(_ => Json($$"""{"id":"c-1","version":3,"campaignStatus":"{{status}}"}"""));
        using var services = Build(api);

        var campaign = await services.GetRequiredService<IGenesysOutboundClient>().StopCampaignAsync("c-1", Cancel);

        campaign.CampaignStatus.ShouldBe(status);
        api.Received.Select(r => r.Request.Method.Method).ShouldBe(["POST", "GET"]); // the strict fake would have failed a PUT
    }

    public static TheoryData<int, string> AnswersForAnAlreadyRunningCampaign => new()
    {
        { 200, "" },
        { 400, """{"message":"An attempt was made to update a Campaign in an invalid way. Details: Invalid transition from <ON> to <ON>","code":"invalid.campaign.status.transition","status":400}""" },
        { 409, """{"message":"The request conflicts with the current state of the target resource.","code":"conflict","status":409}""" },
    };

    [Theory]
    [MemberData(nameof(AnswersForAnAlreadyRunningCampaign))]
    public async Task Starting_a_running_campaign_returns_it_whatever_the_start_action_answers(int status, string body)
    {
        // Genesys does not document what POST .../start answers for a campaign that is already on.
        var api = new StrictHttpHandler()
            .Expect(_ => new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(body, Encoding.UTF8, "application/json") })
            .Expect(_ => Json("""{"id":"c-1","version":4,"campaignStatus":"on"}"""));
        using var services = Build(api);

        var campaign = await services.GetRequiredService<IGenesysOutboundClient>().StartCampaignAsync("c-1", Cancel);

        campaign.CampaignStatus.ShouldBe("on");
        api.Received.Select(r => $"{r.Request.Method} {r.Request.RequestUri!.AbsolutePath}").ShouldBe([
            "POST /api/v2/outbound/campaigns/c-1/start",
            "GET /api/v2/outbound/campaigns/c-1",
        ]);
    }

    [Fact]
    public async Task A_start_the_action_refuses_for_a_campaign_that_is_not_on_fails_with_the_actions_reason()
    {
        var api = new StrictHttpHandler()
            .Expect(_ => Problem(HttpStatusCode.Conflict, "conflict", "The request conflicts with the current state of the target resource."))
            .Expect(_ => Json("""{"id":"c-1","version":4,"campaignStatus":"off"}"""));
        using var services = Build(api);

        var error = await Should.ThrowAsync<GenesysApiException>(() => services.GetRequiredService<IGenesysOutboundClient>().StartCampaignAsync("c-1", Cancel));

        // Only a campaign PUT's 409 is a stale version (reference §8.4); the action's 409 is a conflict of unknown cause.
        error.ErrorCode.ShouldBe(GenesysErrorCodes.Conflict);
        error.Hint.ShouldNotContain("version");
        api.Received.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_success_answer_that_is_not_the_expected_json_is_unavailable()
    {
        var api = new StrictHttpHandler().Expect(_ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent("<html>Gateway login page</html>", Encoding.UTF8, "text/html"),
        });
        using var services = Build(api);

        var error = await Should.ThrowAsync<GenesysApiException>(() => services.GetRequiredService<IGenesysOutboundClient>().GetCampaignAsync("c-1", Cancel));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.Unavailable);
        error.StatusCode.ShouldBe(200);
        error.Hint.ShouldContain("Genesys:ApiBaseUrl");
    }

    private static ServiceProvider Build(StrictHttpHandler api)
    {
        var login = new StrictHttpHandler().Expect(_ => Json("""{"access_token":"wire-token","token_type":"bearer","expires_in":86399}"""));
        var services = new ServiceCollection();
        services.AddSingleton<IGenesysCredentialSource>(new TestCredentialSource(Seeded.Local));
        services.AddGenesysCloud(o => o.Region = "us-east-1");
        services.AddHttpClient(TokenEndpointClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => login);
        services.AddHttpClient(GenesysApiTransport.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => api);
        return services.BuildServiceProvider();
    }

    private static HttpResponseMessage Problem(HttpStatusCode status, string code, string message)
        => new(status)
        {
            Content = new StringContent($$"""{"message":"{{message}}","code":"{{code}}","status":{{(int)status}}}""", Encoding.UTF8, "application/json"),
        };

    private static HttpResponseMessage Json(string body)
        => new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
