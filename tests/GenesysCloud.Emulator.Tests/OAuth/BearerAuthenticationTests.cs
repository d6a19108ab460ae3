using System.Net;
using GenesysCloud.Emulator.Tests.Support;

namespace GenesysCloud.Emulator.Tests.OAuth;

/// <summary>The Bearer check on /api/v2/**, reference §1.2, §4.2 (401 codes) and §7.</summary>
public sealed class BearerAuthenticationTests
{
    private const string CampaignsPath = "/api/v2/outbound/campaigns";

    [Fact]
    public async Task A_request_without_an_authorization_header_is_authentication_required()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.GetAsync(CampaignsPath, token: null);

        var body = await response.ShouldBeErrorBodyAsync(HttpStatusCode.Unauthorized, "authentication.required");
        body.GetProperty("message").GetString().ShouldBe("No authentication bearer token specified in authorization header.");
    }

    [Fact]
    public async Task A_token_the_emulator_never_issued_is_bad_credentials()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.GetAsync(CampaignsPath, "DCl7jJaGIGQ1M-8dq791twKewbp8bI5Vr1vFV1gRizlx");

        var body = await response.ShouldBeErrorBodyAsync(HttpStatusCode.Unauthorized, "bad.credentials");
        body.GetProperty("message").GetString().ShouldBe("Invalid login credentials.");
    }

    [Theory]
    [InlineData("bearer")]
    [InlineData("Bearer")]
    [InlineData("BEARER")]
    public async Task The_bearer_scheme_is_matched_case_insensitively(string scheme)
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, CampaignsPath);
        request.Headers.TryAddWithoutValidation("Authorization", $"{scheme} {token}").ShouldBeTrue();

        using var response = await session.SendAsync(request);

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        body.GetProperty("entities").GetArrayLength().ShouldBe(3);
    }

    [Fact]
    public async Task The_token_endpoint_basic_credentials_are_not_accepted_by_the_api()
    {
        await using var session = await EmulatorSession.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, CampaignsPath);
        request.Headers.Authorization = EmulatorSession.BasicCredentials(SeedClients.Local, SeedClients.SecretOf(SeedClients.Local));

        using var response = await session.SendAsync(request);

        // Not in the reference: a Basic header carries no bearer token, so "No authentication bearer token specified".
        await response.ShouldBeErrorBodyAsync(HttpStatusCode.Unauthorized, "authentication.required");
    }

    [Fact]
    public async Task Every_api_route_requires_the_token_not_only_the_listing()
    {
        await using var session = await EmulatorSession.StartAsync();

        string[] paths =
        [
            $"/api/v2/outbound/campaigns/{SeedIds.SpringRenewals}",
            $"/api/v2/outbound/campaigns/{SeedIds.SpringRenewals}/progress",
            $"/api/v2/outbound/campaigns/{SeedIds.SpringRenewals}/stats",
            $"/api/v2/outbound/contactlists/{SeedIds.ContactList}",
            $"/api/v2/outbound/dnclists/{SeedIds.InternalDnc}",
        ];
        foreach (var path in paths)
        {
            using var response = await session.GetAsync(path, token: null);
            await response.ShouldBeErrorBodyAsync(HttpStatusCode.Unauthorized, "authentication.required");
        }
    }
}
