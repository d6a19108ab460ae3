using System.Net;
using System.Net.Http.Headers;
using System.Text;
using GenesysCloud.Emulator.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace GenesysCloud.Emulator.Tests.OAuth;

/// <summary>POST /oauth/token, reference §1.1–§1.4 as corrected by §8.1, and pitfalls §6.1–§6.4.</summary>
public sealed class OAuthTokenEndpointTests
{
    private const string CampaignsPath = "/api/v2/outbound/campaigns";

    [Theory]
    [InlineData(SeedClients.Local, 86399)]
    [InlineData(SeedClients.ShortLived, 300)]
    public async Task A_client_credentials_request_returns_a_bearer_token_that_lives_as_long_as_the_client_allows(string clientId, int lifetimeSeconds)
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.RequestTokenAsync(clientId);

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        body.GetProperty("access_token").GetString().ShouldNotBeNullOrWhiteSpace();
        body.GetProperty("token_type").GetString().ShouldBe("bearer");
        body.GetProperty("expires_in").GetInt32().ShouldBe(lifetimeSeconds);
        body.TryGetProperty("refresh_token", out _).ShouldBeFalse("client credentials get no refresh token (§1.3)");
    }

    [Fact]
    public async Task The_token_endpoint_also_answers_under_a_login_path_prefix_like_the_sdk_gateway_setting()
    {
        // §7: "POST /oauth/token (login host or /login prefix)"; the SDK gateway sends login calls to /<pathParamsLogin>/oauth/token.
        await using var session = await EmulatorSession.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/login/oauth/token") { Content = EmulatorSession.ClientCredentialsForm() };
        request.Headers.Authorization = EmulatorSession.BasicCredentials(SeedClients.Local, SeedClients.SecretOf(SeedClients.Local));

        using var response = await session.SendAsync(request);

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        var token = body.GetProperty("access_token").GetString();
        token.ShouldNotBeNullOrWhiteSpace();
        using var api = await session.GetAsync(CampaignsPath, token);
        api.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Every_request_issues_a_new_token_and_earlier_tokens_stay_valid()
    {
        await using var session = await EmulatorSession.StartAsync();

        var first = await session.GetTokenAsync();
        var second = await session.GetTokenAsync();
        var third = await session.GetTokenAsync();

        new[] { first, second, third }.Distinct().Count().ShouldBe(3);
        foreach (var token in new[] { first, second, third })
        {
            using var response = await session.GetAsync(CampaignsPath, token);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        session.Emulator.TokenRequestCount.ShouldBe(3);
        session.Emulator.IssuedTokens.Select(t => t.AccessToken).ShouldBe([first, second, third], ignoreOrder: true);
        session.Emulator.IssuedTokens.ShouldAllBe(t => t.ClientId == SeedClients.Local);
    }

    [Fact]
    public async Task Grant_type_sent_as_a_header_with_an_empty_form_body_is_an_invalid_request()
    {
        await using var session = await EmulatorSession.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/oauth/token")
        {
            Content = new FormUrlEncodedContent([]),
        };
        request.Headers.Authorization = EmulatorSession.BasicCredentials(SeedClients.Local, SeedClients.SecretOf(SeedClients.Local));
        request.Headers.Add("grant_type", "client_credentials");

        using var response = await session.SendAsync(request);

        await response.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "invalid_request");
        session.Emulator.IssuedTokens.ShouldBeEmpty();
    }

    [Fact]
    public async Task Grant_type_in_the_query_string_is_an_invalid_request()
    {
        await using var session = await EmulatorSession.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/oauth/token?grant_type=client_credentials")
        {
            Content = new FormUrlEncodedContent([]),
        };
        request.Headers.Authorization = EmulatorSession.BasicCredentials(SeedClients.Local, SeedClients.SecretOf(SeedClients.Local));

        using var response = await session.SendAsync(request);

        await response.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "invalid_request");
        session.Emulator.IssuedTokens.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(null, HttpStatusCode.BadRequest)]
    [InlineData(415, HttpStatusCode.UnsupportedMediaType)]
    public async Task A_json_body_is_rejected_because_the_token_endpoint_takes_a_form(int? configuredStatus, HttpStatusCode expected)
    {
        // §1.4 leaves the answer to a JSON body UNCONFIRMED ("415/400"): 400 by default, 415 when the seed says so.
        await using var session = await EmulatorSession.StartAsync(
            configuredStatus is { } status ? Seeds.With(s => s.Settings.JsonTokenRequestStatus = status) : null);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/oauth/token")
        {
            Content = new StringContent("""{"grant_type":"client_credentials"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = EmulatorSession.BasicCredentials(SeedClients.Local, SeedClients.SecretOf(SeedClients.Local));

        using var response = await session.SendAsync(request);

        await response.ShouldBeOAuthErrorAsync(expected, "invalid_request");
        session.Emulator.IssuedTokens.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_grant_type_other_than_client_credentials_is_an_unsupported_grant_type()
    {
        await using var session = await EmulatorSession.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/oauth/token")
        {
            Content = new FormUrlEncodedContent([new KeyValuePair<string, string>("grant_type", "password")]),
        };
        request.Headers.Authorization = EmulatorSession.BasicCredentials(SeedClients.Local, SeedClients.SecretOf(SeedClients.Local));

        using var response = await session.SendAsync(request);

        await response.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "unsupported_grant_type");
    }

    [Fact]
    public async Task The_literal_template_text_Basic_BASE64_id_secret_is_an_invalid_client()
    {
        await using var session = await EmulatorSession.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/oauth/token") { Content = EmulatorSession.ClientCredentialsForm() };
        request.Headers.TryAddWithoutValidation("Authorization", "Basic BASE64(campaignbridge-local:local-development-secret)").ShouldBeTrue();

        using var response = await session.SendAsync(request);

        // Unreadable credentials are answered like unrecognised ones (§8.1: 400 invalid_client).
        await response.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "invalid_client");
        session.Emulator.IssuedTokens.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_request_without_an_authorization_header_is_an_invalid_client()
    {
        await using var session = await EmulatorSession.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/oauth/token") { Content = EmulatorSession.ClientCredentialsForm() };

        using var response = await session.SendAsync(request);

        await response.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "invalid_client");
    }

    [Theory]
    [InlineData(SeedClients.Local, "not-the-secret")]
    [InlineData("no-such-client", "local-development-secret")]
    public async Task Wrong_credentials_are_a_400_invalid_client_with_authentication_failed(string clientId, string clientSecret)
    {
        // §8.1: the status is 400, not 401.
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.RequestTokenAsync(clientId, clientSecret);

        var body = await response.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "invalid_client");
        body.GetProperty("description").GetString().ShouldBe("authentication failed");
        session.Emulator.IssuedTokens.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_wrong_secret_an_unknown_client_and_a_disabled_client_get_the_same_body()
    {
        // §8.1: "incorrect client secret, incorrect client ID, or disabled OAuth client" cannot be told apart by the body.
        await using var session = await EmulatorSession.StartAsync();
        const string Expected = """{"error":"invalid_client","description":"authentication failed","error_description":"authentication failed"}""";

        foreach (var (clientId, secret) in new[] { (SeedClients.Local, "not-the-secret"), ("no-such-client", "x"), (SeedClients.Disabled, SeedClients.SecretOf(SeedClients.Disabled)) })
        {
            using var response = await session.RequestTokenAsync(clientId, secret);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, clientId);
            (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBe(Expected, clientId);
        }
    }

    [Fact]
    public async Task A_client_without_the_client_credentials_grant_gets_the_exact_unauthorized_client_body()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.RequestTokenAsync(SeedClients.CodeGrant);

        var body = await response.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "unauthorized_client");
        const string Text = "client is not authorized to use the client_credential grant type";
        body.EnumerateObject().Select(p => (p.Name, p.Value.GetString())).ShouldBe(
            [("error", "unauthorized_client"), ("description", Text), ("error_description", Text)],
            ignoreOrder: true);
    }

    [Fact]
    public async Task A_disabled_client_gets_no_token_and_no_client_is_disabled_text()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.RequestTokenAsync(SeedClients.Disabled);

        var body = await response.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "invalid_client");
        body.GetProperty("description").GetString().ShouldBe("authentication failed");
        session.Emulator.IssuedTokens.ShouldBeEmpty();
    }

    [Fact]
    public async Task Disabling_a_client_invalidates_its_earlier_tokens_and_refuses_new_ones()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using (var disable = await session.AdminPostAsync($"/__emulator/clients/{SeedClients.Local}/disable"))
        {
            disable.IsSuccessStatusCode.ShouldBeTrue();
        }

        using (var withOldToken = await session.GetAsync(CampaignsPath, token))
        {
            await withOldToken.ShouldBeErrorBodyAsync(HttpStatusCode.Unauthorized, "bad.credentials");
        }

        using (var newToken = await session.RequestTokenAsync(SeedClients.Local))
        {
            await newToken.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "invalid_client");
        }

        using (var enable = await session.AdminPostAsync($"/__emulator/clients/{SeedClients.Local}/enable"))
        {
            enable.IsSuccessStatusCode.ShouldBeTrue();
        }

        var afterEnable = await session.GetTokenAsync();
        using var withNewToken = await session.GetAsync(CampaignsPath, afterEnable);
        withNewToken.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task After_a_secret_rotation_only_the_new_secret_gets_a_token()
    {
        await using var session = await EmulatorSession.StartAsync();

        using (var rotate = await session.AdminPostAsync($"/__emulator/clients/{SeedClients.Local}/secret", new { secret = "rotated-secret-2" }))
        {
            rotate.IsSuccessStatusCode.ShouldBeTrue();
        }

        using (var oldSecret = await session.RequestTokenAsync(SeedClients.Local))
        {
            var body = await oldSecret.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "invalid_client");
            body.GetProperty("description").GetString().ShouldBe("authentication failed");
        }

        var token = await session.GetTokenAsync(SeedClients.Local, "rotated-secret-2");
        using var response = await session.GetAsync(CampaignsPath, token);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_token_is_valid_until_its_lifetime_elapses_and_then_gets_bad_credentials()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        await using var session = await EmulatorSession.StartAsync(timeProvider: time);
        var token = await session.GetTokenAsync(SeedClients.ShortLived);
        session.Emulator.IssuedTokens.Single().ExpiresAt.ShouldBe(time.GetUtcNow().AddSeconds(300));

        time.Advance(TimeSpan.FromSeconds(299));
        using (var beforeExpiry = await session.GetAsync(CampaignsPath, token))
        {
            beforeExpiry.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        time.Advance(TimeSpan.FromSeconds(2));
        using var afterExpiry = await session.GetAsync(CampaignsPath, token);
        var error = await afterExpiry.ShouldBeErrorBodyAsync(HttpStatusCode.Unauthorized, "bad.credentials");
        error.GetProperty("message").GetString().ShouldBe("Invalid login credentials.");
    }

    [Fact]
    public async Task Credentials_in_the_form_body_are_refused_unless_the_seed_allows_them()
    {
        var form = new KeyValuePair<string, string>[]
        {
            new("grant_type", "client_credentials"),
            new("client_id", SeedClients.Local),
            new("client_secret", SeedClients.SecretOf(SeedClients.Local)),
        };

        await using (var strict = await EmulatorSession.StartAsync())
        {
            using var refused = await strict.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/oauth/token") { Content = new FormUrlEncodedContent(form) });
            await refused.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "invalid_client");
        }

        await using var lenient = await EmulatorSession.StartAsync(Seeds.With(seed => seed.Settings.AcceptCredentialsInBody = true));
        using var accepted = await lenient.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/oauth/token") { Content = new FormUrlEncodedContent(form) });
        var body = await accepted.ShouldBeJsonAsync(HttpStatusCode.OK);
        body.GetProperty("token_type").GetString().ShouldBe("bearer");
    }

    [Fact]
    public async Task The_basic_header_is_decoded_from_base64_of_id_colon_secret_including_non_ascii_secrets()
    {
        // The .NET SDK encodes id:secret as ISO-8859-1 (§1.1, pitfall §6.2); a rotated secret with "é" must round-trip.
        await using var session = await EmulatorSession.StartAsync();
        using (var rotate = await session.AdminPostAsync($"/__emulator/clients/{SeedClients.Local}/secret", new { secret = "s\u00e9cret" }))
        {
            rotate.IsSuccessStatusCode.ShouldBeTrue();
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/oauth/token") { Content = EmulatorSession.ClientCredentialsForm() };
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.Latin1.GetBytes($"{SeedClients.Local}:s\u00e9cret")));

        using var response = await session.SendAsync(request);

        (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("access_token").GetString().ShouldNotBeNullOrWhiteSpace();
    }
}
