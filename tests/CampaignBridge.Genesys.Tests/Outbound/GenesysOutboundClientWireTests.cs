using System.Net;
using System.Text;
using CampaignBridge.Genesys.Authentication;
using CampaignBridge.Genesys.Outbound;
using CampaignBridge.Genesys.Tests.Support;
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
        var api = new StrictHttpHandler().Expect(_ => Json($$"""{"id":"c-1","version":3,"campaignStatus":"{{status}}"}"""));
        using var services = Build(api);

        var campaign = await services.GetRequiredService<IGenesysOutboundClient>().StopCampaignAsync("c-1", Cancel);

        campaign.CampaignStatus.ShouldBe(status);
        api.Received.Count.ShouldBe(1); // the strict fake would have failed any write
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
        services.AddSingleton<ICredentialSource>(new TestCredentialSource(Seeded.Local));
        services.AddGenesysCloud(o => o.Region = "us-east-1");
        services.AddHttpClient(TokenEndpointClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => login);
        services.AddHttpClient<IGenesysOutboundClient, GenesysOutboundClient>().ConfigurePrimaryHttpMessageHandler(() => api);
        return services.BuildServiceProvider();
    }

    private static HttpResponseMessage Json(string body)
        => new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
