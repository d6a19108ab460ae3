using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CampaignBridge.Genesys.Authentication;
using CampaignBridge.Genesys.Tests.Support;
using CampaignBridge.OAuth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CampaignBridge.Genesys.Tests.Authentication;

/// <summary>Byte-exact checks of the token request against a strict fake login service, plus the emulator's real refusals.</summary>
public sealed class TokenEndpointClientTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_token_request_posts_the_form_with_a_basic_header_of_the_raw_id_and_secret()
    {
        // '+', '/', ':' and '=' would be changed by the RFC 6749 URL-encoding; non-ASCII goes as UTF-8 bytes.
        var credentials = new ClientCredentials("client-42", "s3cr+t/with:colon=é");
        var handler = new StrictHttpHandler().Expect(_ => Json(HttpStatusCode.OK, """{"access_token":"opaque-token-1","token_type":"bearer","expires_in":86399}"""));
        var (client, services) = Create(handler);
        using var container = services;

        var token = await client.RequestAsync(credentials, TestContext.Current.CancellationToken);

        var (request, body) = handler.Received.ShouldHaveSingleItem();
        request.Method.ShouldBe(HttpMethod.Post);
        request.RequestUri.ShouldBe(new Uri("https://login.mypurecloud.ie/oauth/token"));
        request.Headers.Authorization!.Scheme.ShouldBe("Basic");
        request.Headers.Authorization.Parameter.ShouldBe(Convert.ToBase64String(Encoding.UTF8.GetBytes("client-42:s3cr+t/with:colon=é")));
        request.Headers.Accept.ShouldContain(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Content!.Headers.ContentType!.MediaType.ShouldBe("application/x-www-form-urlencoded");
        body.ShouldBe("grant_type=client_credentials");

        token.Value.ShouldBe("opaque-token-1");
        token.ClientId.ShouldBe("client-42");
        token.IssuedAt.ShouldBe(Now);
        token.ExpiresAt.ShouldBe(Now.AddSeconds(86399));
        token.ToString().ShouldNotContain("opaque-token-1");
    }

    [Fact]
    public async Task A_response_without_expires_in_is_assumed_to_live_the_shortest_genesys_lifetime()
    {
        var handler = new StrictHttpHandler().Expect(_ => Json(HttpStatusCode.OK, """{"access_token":"t","token_type":"bearer"}"""));
        var (client, services) = Create(handler);
        using var container = services;

        var token = await client.RequestAsync(Seeded.Local, TestContext.Current.CancellationToken);

        token.Lifetime.ShouldBe(TimeSpan.FromSeconds(300));
    }

    public static TheoryData<int, string, string, string> Refusals => new()
    {
        { 400, """{"error":"unauthorized_client","description":"client is not authorized to use the client_credential grant type","error_description":"client is not authorized to use the client_credential grant type"}""", GenesysErrorCodes.UnauthorizedClient, "Enable it in Genesys Cloud Admin > Integrations > OAuth (Grant Types: Client Credentials)" },
        // Reference §8.1: a wrong secret, an unknown id and a disabled client all get this 400; the hint names every cause.
        { 400, """{"error":"invalid_client","description":"authentication failed","error_description":"authentication failed"}""", GenesysErrorCodes.InvalidClient, "the client id or secret is wrong" },
        { 400, """{"error":"invalid_client","description":"authentication failed","error_description":"authentication failed"}""", GenesysErrorCodes.InvalidClient, "check Genesys:Region" },
        { 400, """{"error":"invalid_client","description":"authentication failed","error_description":"authentication failed"}""", GenesysErrorCodes.InvalidClient, "or the client is disabled (Admin > Integrations > OAuth: set it back to active)" },
        { 401, """{"error":"invalid_client","description":"authentication failed","error_description":"authentication failed"}""", GenesysErrorCodes.InvalidClient, "check Genesys:Region" },
        { 400, """{"error":"invalid_request","description":"grant_type is required","error_description":"grant_type is required"}""", GenesysErrorCodes.InvalidRequest, "grant_type=client_credentials" },
        { 400, """{"error":"unsupported_grant_type","description":"x","error_description":"x"}""", GenesysErrorCodes.InvalidRequest, "proxy" },
        { 503, "<html>Service Unavailable</html>", GenesysErrorCodes.Unavailable, "status.mypurecloud.com" },
        { 200, """{"token_type":"bearer","expires_in":86399}""", GenesysErrorCodes.Unavailable, "without a usable access token" },
        { 404, "", GenesysErrorCodes.InvalidRequest, "Genesys:LoginBaseUrl" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Every_refusal_of_the_login_service_is_explained(int status, string body, string errorCode, string hintPart)
    {
        var handler = new StrictHttpHandler().Expect(_ => Json((HttpStatusCode)status, body));
        var (client, services) = Create(handler);
        using var container = services;

        var error = await Should.ThrowAsync<GenesysApiException>(() => client.RequestAsync(Seeded.Local, TestContext.Current.CancellationToken));

        error.ErrorCode.ShouldBe(errorCode);
        error.StatusCode.ShouldBe(status);
        error.Hint.ShouldContain(hintPart, Case.Insensitive);
        error.Message.ShouldContain("login.mypurecloud.ie");
        error.Message.ShouldContain(Seeded.Local.ClientId);
        error.Message.ShouldNotContain(Seeded.Local.ClientSecret);
        error.ToString().ShouldNotContain(Seeded.Local.ClientSecret);
    }

    [Fact]
    public async Task The_unauthorized_client_hint_does_not_blame_the_secret()
    {
        // Reference §8.1: unauthorized_client comes back for valid credentials of a client without the grant, not for a wrong secret.
        var handler = new StrictHttpHandler().Expect(_ => Json(HttpStatusCode.BadRequest,
            """{"error":"unauthorized_client","description":"client is not authorized to use the client_credential grant type","error_description":"client is not authorized to use the client_credential grant type"}"""));
        var (client, services) = Create(handler);
        using var container = services;

        var error = await Should.ThrowAsync<GenesysApiException>(() => client.RequestAsync(Seeded.Local, TestContext.Current.CancellationToken));

        error.Hint.ShouldNotContain("wrong secret", Case.Insensitive);
        error.Hint.ShouldNotContain("check the secret", Case.Insensitive);
        error.Hint.ShouldContain("id and secret are right");
    }

    [Fact]
    public async Task A_rate_limited_token_request_carries_retry_after()
    {
        var handler = new StrictHttpHandler().Expect(_ =>
        {
            var response = Json(HttpStatusCode.TooManyRequests, """{"error":"too_many_requests"}""");
            response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7));
            return response;
        });
        var (client, services) = Create(handler);
        using var container = services;

        var error = await Should.ThrowAsync<GenesysApiException>(() => client.RequestAsync(Seeded.Local, TestContext.Current.CancellationToken));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.RateLimited);
        error.RetryAfter.ShouldBe(TimeSpan.FromSeconds(7));
    }

    [Fact]
    public async Task An_unreachable_login_service_is_unavailable()
    {
        var handler = new StrictHttpHandler().Expect(_ => throw new HttpRequestException("Connection refused (login.mypurecloud.ie:443)"));
        var (client, services) = Create(handler);
        using var container = services;

        var error = await Should.ThrowAsync<GenesysApiException>(() => client.RequestAsync(Seeded.Local, TestContext.Current.CancellationToken));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.Unavailable);
        error.StatusCode.ShouldBe(0);
        error.InnerException.ShouldBeOfType<HttpRequestException>();
    }

    [Fact]
    public async Task The_emulator_issues_a_bearer_token_for_the_local_client()
    {
        await using var harness = await GenesysHarness.StartAsync();
        var client = harness.Services.GetRequiredService<TokenEndpointClient>();

        var token = await client.RequestAsync(Seeded.Local, TestContext.Current.CancellationToken);

        var issued = harness.Emulator.IssuedTokens.ShouldHaveSingleItem();
        token.Value.ShouldBe(issued.AccessToken);
        token.ExpiresAt.ShouldBe(GenesysHarness.Start.AddSeconds(86399));
        var request = harness.Emulator.Requests.ShouldHaveSingleItem();
        request.Path.ShouldBe("/oauth/token");
        request.Body.ShouldBe("grant_type=client_credentials");
        request.StatusCode.ShouldBe(200);
    }

    [Theory]
    [InlineData("code-grant-client", "code-grant-secret", GenesysErrorCodes.UnauthorizedClient, 400)]
    [InlineData("campaignbridge-local", "wrong-secret", GenesysErrorCodes.InvalidClient, 400)]
    [InlineData("no-such-client", "whatever", GenesysErrorCodes.InvalidClient, 400)]
    [InlineData("disabled-client", "disabled-secret", GenesysErrorCodes.InvalidClient, 400)]
    public async Task The_emulator_refusals_map_to_stable_codes(string clientId, string secret, string errorCode, int status)
    {
        await using var harness = await GenesysHarness.StartAsync();
        var client = harness.Services.GetRequiredService<TokenEndpointClient>();

        var error = await Should.ThrowAsync<GenesysApiException>(() =>
            client.RequestAsync(new ClientCredentials(clientId, secret), TestContext.Current.CancellationToken));

        error.ErrorCode.ShouldBe(errorCode);
        error.StatusCode.ShouldBe(status);
        error.Message.ShouldNotContain(secret);
    }

    private static (TokenEndpointClient Client, ServiceProvider Services) Create(StrictHttpHandler handler)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        services.AddSingleton<IGenesysCredentialSource>(new TestCredentialSource(Seeded.Local));
        services.AddGenesysCloud(o => o.Region = "mypurecloud.ie");
        services.AddHttpClient(TokenEndpointClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => handler);
        var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<TokenEndpointClient>(), provider);
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string body)
        => new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
