using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Salesforce.Emulator.Tests.Support;

namespace Salesforce.Emulator.Tests.OAuth;

/// <summary>Client-credentials token endpoint, reference §1.1.2–§1.1.5.</summary>
public sealed class TokenEndpointTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_token_request_with_form_credentials_answers_the_documented_body_without_expires_in()
    {
        var time = new FakeTimeProvider(Start);
        await using var session = await SalesforceSession.StartAsync(timeProvider: time);

        using var response = await session.RequestTokenAsync(ClientApps.CampaignBridge);

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        body.EnumerateObject().Select(p => p.Name).ShouldBe(["access_token", "signature", "scope", "instance_url", "id", "token_type", "issued_at"]);
        body.GetProperty("access_token").GetString().ShouldStartWith("00D5g000004XyZ1!");
        body.GetProperty("token_type").GetString().ShouldBe("Bearer");
        body.GetProperty("scope").GetString().ShouldBe("api");
        var instance = body.GetProperty("instance_url").GetString();
        instance.ShouldBe(session.Emulator.BaseUrl.GetLeftPart(UriPartial.Authority));
        var id = body.GetProperty("id").GetString()!;
        id.Split('/')[^2..].ShouldBe([SeedIds.Organization, SeedIds.IntegrationUser]);
        body.GetProperty("issued_at").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.String);
        body.GetProperty("issued_at").GetString().ShouldBe(Start.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        var expectedSignature = Convert.ToBase64String(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(ClientApps.CampaignBridge.Secret), Encoding.UTF8.GetBytes(id + body.GetProperty("issued_at").GetString())));
        body.GetProperty("signature").GetString().ShouldBe(expectedSignature);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
    }

    [Fact]
    public async Task Credentials_in_an_HTTP_Basic_header_with_only_the_grant_type_in_the_body_are_accepted()
    {
        await using var session = await SalesforceSession.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, SalesforceSession.TokenPath)
        {
            Content = new FormUrlEncodedContent([new KeyValuePair<string, string>("grant_type", "client_credentials")]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientApps.CampaignBridge.Key}:{ClientApps.CampaignBridge.Secret}")));

        using var response = await session.Http.SendAsync(request, TestContext.Current.CancellationToken);

        (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("access_token").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Every_token_request_gets_a_new_session()
    {
        await using var session = await SalesforceSession.StartAsync();

        var first = await session.GetTokenAsync();
        var second = await session.GetTokenAsync();

        first.ShouldNotBe(second);
        session.Emulator.Sessions.Count.ShouldBe(2);
        session.Emulator.Sessions.ShouldAllBe(s => s.IsActive && s.UserId == SeedIds.IntegrationUser && s.ClientApp == "CampaignBridge");
    }

    [Fact]
    public async Task A_JSON_body_is_refused_as_an_unsupported_grant_type()
    {
        await using var session = await SalesforceSession.StartAsync();
        var json = $$"""{"grant_type":"client_credentials","client_id":"{{ClientApps.CampaignBridge.Key}}","client_secret":"{{ClientApps.CampaignBridge.Secret}}"}""";

        using var response = await session.Http.PostAsync(SalesforceSession.TokenPath, new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        await response.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "unsupported_grant_type", "grant type not supported");
    }

    [Theory]
    [InlineData("")]
    [InlineData("password")]
    [InlineData("authorization_code")]
    public async Task A_missing_or_other_grant_type_is_refused_as_unsupported(string grantType)
    {
        await using var session = await SalesforceSession.StartAsync();
        var form = new FormUrlEncodedContent(
        [
            new KeyValuePair<string, string>("grant_type", grantType),
            new KeyValuePair<string, string>("client_id", ClientApps.CampaignBridge.Key),
            new KeyValuePair<string, string>("client_secret", ClientApps.CampaignBridge.Secret),
        ]);

        using var response = await session.Http.PostAsync(SalesforceSession.TokenPath, form, TestContext.Current.CancellationToken);

        await response.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "unsupported_grant_type", "grant type not supported");
    }

    [Fact]
    public async Task Parameters_in_the_query_string_instead_of_the_body_are_refused()
    {
        await using var session = await SalesforceSession.StartAsync();
        var query = $"?grant_type=client_credentials&client_id={ClientApps.CampaignBridge.Key}&client_secret={ClientApps.CampaignBridge.Secret}";

        using var response = await session.Http.PostAsync(SalesforceSession.TokenPath + query, null, TestContext.Current.CancellationToken);

        await response.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "unsupported_grant_type", "grant type not supported");
    }

    [Theory]
    [InlineData("login.salesforce.com")]
    [InlineData("test.salesforce.com")]
    public async Task A_token_request_to_the_generic_login_host_is_refused_because_the_grant_needs_the_My_Domain(string host)
    {
        await using var session = await SalesforceSession.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, SalesforceSession.TokenPath)
        {
            Content = SalesforceSession.TokenForm(ClientApps.CampaignBridge.Key, ClientApps.CampaignBridge.Secret),
        };
        request.Headers.Host = host;

        using var response = await session.Http.SendAsync(request, TestContext.Current.CancellationToken);

        await response.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "invalid_grant", "request not supported on this domain");
    }

    [Fact]
    public async Task An_unknown_consumer_key_is_an_invalid_client_identifier()
    {
        await using var session = await SalesforceSession.StartAsync();

        using var response = await session.RequestTokenAsync("3MVG9unknown", "whatever");

        await response.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "invalid_client_id", "client identifier invalid");
    }

    [Fact]
    public async Task A_request_without_any_client_id_is_an_invalid_client_identifier()
    {
        await using var session = await SalesforceSession.StartAsync();
        var form = new FormUrlEncodedContent([new KeyValuePair<string, string>("grant_type", "client_credentials")]);

        using var response = await session.Http.PostAsync(SalesforceSession.TokenPath, form, TestContext.Current.CancellationToken);

        await response.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "invalid_client_id", "client identifier invalid");
    }

    [Fact]
    public async Task A_wrong_secret_is_invalid_client_credentials_with_status_400_by_default()
    {
        await using var session = await SalesforceSession.StartAsync();

        using var response = await session.RequestTokenAsync(ClientApps.CampaignBridge.Key, "wrong-secret");

        await response.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "invalid_client", "invalid client credentials");
    }

    [Fact]
    public async Task The_wrong_secret_status_setting_switches_the_answer_to_401()
    {
        await using var session = await SalesforceSession.StartAsync(Seeds.WithSettings(s => s.WrongSecretStatus = 401));

        using var response = await session.RequestTokenAsync(ClientApps.CampaignBridge.Key, "wrong-secret");

        await response.ShouldBeOAuthErrorAsync(HttpStatusCode.Unauthorized, "invalid_client", "invalid client credentials");
    }

    [Fact]
    public async Task An_app_without_a_Run_As_user_gets_no_client_credentials_user_enabled()
    {
        await using var session = await SalesforceSession.StartAsync();

        using var response = await session.RequestTokenAsync(ClientApps.NoRunAsUser);

        await response.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "invalid_grant", "no client credentials user enabled");
    }

    [Fact]
    public async Task An_app_with_the_flow_disabled_gets_the_configured_error_defaulting_to_unsupported_grant_type()
    {
        await using var session = await SalesforceSession.StartAsync();

        using var response = await session.RequestTokenAsync(ClientApps.FlowDisabled);

        await response.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "unsupported_grant_type", "grant type not supported");
    }

    [Fact]
    public async Task The_flow_disabled_error_is_a_setting()
    {
        var seed = Seeds.WithSettings(s =>
        {
            s.FlowDisabledError = "unauthorized_client";
            s.FlowDisabledDescription = "client credentials flow is not enabled";
        });
        await using var session = await SalesforceSession.StartAsync(seed);

        using var response = await session.RequestTokenAsync(ClientApps.FlowDisabled);

        await response.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "unauthorized_client", "client credentials flow is not enabled");
    }

    [Fact]
    public async Task An_inactive_Run_As_user_gets_inactive_user()
    {
        var seed = Seeds.With(s => s.ClientApps.Single(a => a.Name == "CampaignBridge").RunAsUsername = "former.agent@acme.example");
        await using var session = await SalesforceSession.StartAsync(seed);

        using var response = await session.RequestTokenAsync(ClientApps.CampaignBridge);

        await response.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "inactive_user", "user is inactive");
    }

    [Fact]
    public async Task Token_requests_are_counted_whether_they_succeed_or_fail_and_do_not_use_the_API_allocation_by_default()
    {
        await using var session = await SalesforceSession.StartAsync();

        await session.GetTokenAsync();
        using (await session.RequestTokenAsync(ClientApps.CampaignBridge.Key, "wrong"))
        {
        }

        session.Emulator.TokenRequestCount.ShouldBe(2);
        session.Emulator.ApiUsage.Used.ShouldBe(0);
    }

    [Fact]
    public async Task With_the_setting_on_a_token_request_counts_as_an_API_call()
    {
        await using var session = await SalesforceSession.StartAsync(Seeds.WithSettings(s => s.TokenRequestsCountAsApiCalls = true));

        await session.GetTokenAsync();

        session.Emulator.ApiUsage.Used.ShouldBe(1);
    }
}
