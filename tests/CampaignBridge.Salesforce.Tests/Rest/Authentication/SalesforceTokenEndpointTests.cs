using CampaignBridge.OAuth;
using CampaignBridge.Salesforce.Rest;
using CampaignBridge.Salesforce.Tests.Rest.Support;
using Emulators.Hosting;
using Salesforce.Emulator;

namespace CampaignBridge.Salesforce.Tests.Rest.Authentication;

/// <summary>The token endpoint client against the emulator's token endpoint (reference §1.1): success, every refusal, rotation.</summary>
public sealed class SalesforceTokenEndpointTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_token_is_issued_for_the_consumer_key_and_lives_the_assumed_session_lifetime()
    {
        await using var harness = await SalesforceHarness.StartAsync();

        var token = await harness.Tokens.GetAccessTokenAsync(Cancel);

        token.ClientId.ShouldBe(SeededOrg.CampaignBridge.ClientId);
        token.IssuedAt.ShouldBe(SalesforceHarness.Start);
        token.Lifetime.ShouldBe(SalesforceClientOptions.DefaultAssumedSessionLifetime);
        token.Value.ShouldStartWith(SeededOrg.OrganizationId[..15] + "!");
        var request = harness.Org.Requests.ShouldHaveSingleItem();
        request.Method.ShouldBe("POST");
        request.Path.ShouldBe("/services/oauth2/token");
        request.Headers["Content-Type"].ShouldStartWith("application/x-www-form-urlencoded");
        request.Body.ShouldContain("grant_type=client_credentials");
        request.Body.ShouldContain("client_id=3MVG9emu.CampaignBridge.Local");
        request.Headers.ShouldNotContainKey("Authorization");
    }

    [Fact]
    public async Task The_session_log_names_the_run_as_user_and_org_from_the_identity_url_and_issued_at()
    {
        await using var harness = await SalesforceHarness.StartAsync();

        await harness.Tokens.GetAccessTokenAsync(Cancel);

        var line = harness.Logs.GetSnapshot().Single(r => r.Id.Id == 3001);
        line.Message.ShouldContain(SeededOrg.IntegrationUser);
        line.Message.ShouldContain(SeededOrg.OrganizationId);
        line.Message.ShouldContain(SalesforceHarness.Start.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        harness.Logs.GetSnapshot().ShouldNotContain(r => r.Id.Id == 3002, "the emulator's instance_url is the configured origin");
    }

    [Theory]
    [InlineData("1764602135123", 1764602135123L)]
    [InlineData("0", 0L)]
    public void Issued_at_is_read_as_a_string_of_epoch_milliseconds(string value, long milliseconds)
        => SalesforceTokenEndpoint.IssuedAt(value).ShouldBe(DateTimeOffset.FromUnixTimeMilliseconds(milliseconds));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2026-12-01T09:00:00Z")]
    [InlineData("-5")]
    [InlineData("99999999999999999999")]
    public void An_unreadable_issued_at_is_no_time(string? value) => SalesforceTokenEndpoint.IssuedAt(value).ShouldBeNull();

    [Theory]
    [InlineData("https://login.salesforce.com/id/00D5g000004XXXXEAA/0055g00000AAAAAAA3", "00D5g000004XXXXEAA", "0055g00000AAAAAAA3")]
    [InlineData("https://acme.my.salesforce.com/id/00D5g000004XXXXEAA/0055g00000AAAAAAA3?version=1", "00D5g000004XXXXEAA", "0055g00000AAAAAAA3")]
    [InlineData("https://acme.my.salesforce.com/services/oauth2/userinfo", null, null)]
    [InlineData("not a url", null, null)]
    public void The_identity_url_gives_the_org_and_the_user(string url, string? organizationId, string? userId)
        => SalesforceTokenEndpoint.IdentitySegments(url).ShouldBe((organizationId, userId));

    [Fact]
    public async Task A_secret_with_url_special_characters_is_form_encoded_correctly()
    {
        const string Secret = "s3cr+t/with:colon=&amp;é";
        var seed = SalesforceSeed.Default;
        seed.ClientApps.Single(a => a.ConsumerKey == SeededOrg.CampaignBridge.ClientId).ConsumerSecret = Secret;
        await using var harness = await SalesforceHarness.StartAsync(SeededOrg.CampaignBridge with { ClientSecret = Secret }, seed);

        var token = await harness.Tokens.GetAccessTokenAsync(Cancel);

        token.Value.ShouldNotBeNullOrEmpty();
    }

    public static TheoryData<string, string> AppRefusals => new()
    {
        { "no-run-as", SalesforceErrorCodes.NoRunAsUser },
        { "flow-disabled", SalesforceErrorCodes.FlowDisabled },
        { "unknown-key", SalesforceErrorCodes.InvalidClientId },
        { "wrong-secret", SalesforceErrorCodes.InvalidClient },
    };

    [Theory]
    [MemberData(nameof(AppRefusals))]
    public async Task Every_refusal_of_the_seeded_apps_is_explained_with_a_code_and_an_admin_hint(string app, string errorCode)
    {
        var credentials = app switch
        {
            "no-run-as" => SeededOrg.NoRunAsUser,
            "flow-disabled" => SeededOrg.FlowDisabled,
            "unknown-key" => new ClientCredentials("3MVG9emu.Unknown", "whatever"),
            _ => SeededOrg.CampaignBridge with { ClientSecret = "wrong-secret" },
        };
        await using var harness = await SalesforceHarness.StartAsync(credentials);

        var error = await Should.ThrowAsync<SalesforceApiException>(() => harness.Tokens.GetAccessTokenAsync(Cancel));

        error.ErrorCode.ShouldBe(errorCode);
        error.StatusCode.ShouldBe(400);
        error.SalesforceCode.ShouldNotBeNullOrEmpty();
        error.Message.ShouldContain(credentials.ClientId);
        error.Hint.ShouldContain(HintPart(errorCode));
    }

    [Fact]
    public async Task A_wrong_secret_answered_with_401_is_the_same_refusal()
    {
        await using var harness = await SalesforceHarness.StartAsync(
            SeededOrg.CampaignBridge with { ClientSecret = "wrong" }, SalesforceHarness.Seed(s => s.WrongSecretStatus = 401));

        var error = await Should.ThrowAsync<SalesforceApiException>(() => harness.Tokens.GetAccessTokenAsync(Cancel));

        error.ErrorCode.ShouldBe(SalesforceErrorCodes.InvalidClient);
        error.StatusCode.ShouldBe(401);
    }

    [Fact]
    public async Task A_token_request_to_a_generic_login_host_is_explained_as_the_wrong_domain()
    {
        // The emulator answers "request not supported on this domain" for the hosts in genericLoginHosts.
        await using var harness = await SalesforceHarness.StartAsync(seed: SalesforceHarness.Seed(s => s.GenericLoginHosts = ["127.0.0.1"]));

        var error = await Should.ThrowAsync<SalesforceApiException>(() => harness.Tokens.GetAccessTokenAsync(Cancel));

        error.ErrorCode.ShouldBe(SalesforceErrorCodes.WrongDomain);
        error.SalesforceCode.ShouldBe("invalid_grant");
        error.Hint.ShouldContain(HintPart(SalesforceErrorCodes.WrongDomain));
    }

    [Fact]
    public async Task An_inactive_run_as_user_is_explained()
    {
        var seed = SalesforceSeed.Default;
        seed.Users.Single(u => u.Id == SeededOrg.IntegrationUser).IsActive = false;
        await using var harness = await SalesforceHarness.StartAsync(seed: seed);

        var error = await Should.ThrowAsync<SalesforceApiException>(() => harness.Tokens.GetAccessTokenAsync(Cancel));

        error.ErrorCode.ShouldBe(SalesforceErrorCodes.InactiveUser);
        error.Hint.ShouldContain(HintPart(SalesforceErrorCodes.InactiveUser));
    }

    public static TheoryData<int, string?, string?, string> EndpointAnswers => new()
    {
        { 400, "inactive_org", "organization is inactive", SalesforceErrorCodes.InactiveOrg },
        { 400, "rate_limit_exceeded", "rate limit exceeded", SalesforceErrorCodes.OAuthRateLimited },
        { 400, "invalid_grant", "authentication failure", SalesforceErrorCodes.InvalidGrant },
        { 400, "unauthorized_client", "client credentials flow not enabled", SalesforceErrorCodes.FlowDisabled },
        { 400, "invalid_request", "bad request", SalesforceErrorCodes.InvalidTokenRequest },
        { 400, "unsupported_response_type", "x", SalesforceErrorCodes.InvalidTokenRequest },
        { 503, null, null, SalesforceErrorCodes.Unavailable },
        { 500, null, null, SalesforceErrorCodes.Unavailable },
        { 404, "not_found", "x", SalesforceErrorCodes.InvalidTokenRequest },
    };

    [Theory]
    [MemberData(nameof(EndpointAnswers))]
    public async Task Every_other_answer_of_the_token_endpoint_is_explained(int status, string? error, string? description, string errorCode)
    {
        await using var harness = await SalesforceHarness.StartAsync();
        harness.Org.Faults.Add(new FaultRule { PathPrefix = "/services/oauth2/token", Status = status, Code = error, Message = description });

        var failure = await Should.ThrowAsync<SalesforceApiException>(() => harness.Tokens.GetAccessTokenAsync(Cancel));

        failure.ErrorCode.ShouldBe(errorCode);
        failure.StatusCode.ShouldBe(status);
        failure.Hint.ShouldContain(HintPart(errorCode));
    }

    [Fact]
    public async Task An_unreachable_token_endpoint_is_unavailable()
    {
        await using var harness = await SalesforceHarness.StartAsync();
        harness.Org.Faults.DropConnections(pathPrefix: "/services/oauth2/token");

        var failure = await Should.ThrowAsync<SalesforceApiException>(() => harness.Tokens.GetAccessTokenAsync(Cancel));

        failure.ErrorCode.ShouldBe(SalesforceErrorCodes.Unavailable);
        failure.StatusCode.ShouldBe(0);
    }

    [Fact]
    public async Task A_rotated_secret_is_picked_up_by_re_reading_the_credentials_once()
    {
        const string Rotated = "rotated-secret";
        var seed = SalesforceSeed.Default;
        seed.ClientApps.Single(a => a.ConsumerKey == SeededOrg.CampaignBridge.ClientId).ConsumerSecret = Rotated;
        await using var harness = await SalesforceHarness.StartAsync(SeededOrg.CampaignBridge, seed);
        harness.Credentials.Stored = SeededOrg.CampaignBridge with { ClientSecret = Rotated };

        var token = await harness.Tokens.GetAccessTokenAsync(Cancel);

        token.Value.ShouldNotBeNullOrEmpty();
        harness.Credentials.RefreshCount.ShouldBe(1);
        harness.Org.TokenRequestCount.ShouldBe(2);
        harness.Logs.GetSnapshot().ShouldContain(r => r.Id.Id == 1003 && r.Message.Contains(SalesforceErrorCodes.InvalidClient, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_new_consumer_key_in_the_store_is_picked_up_too()
    {
        await using var harness = await SalesforceHarness.StartAsync(new ClientCredentials("3MVG9emu.Retired", "old"));
        harness.Credentials.Stored = SeededOrg.CampaignBridge;

        var token = await harness.Tokens.GetAccessTokenAsync(Cancel);

        token.ClientId.ShouldBe(SeededOrg.CampaignBridge.ClientId);
        harness.Credentials.RefreshCount.ShouldBe(1);
    }

    [Fact]
    public async Task A_refusal_that_a_re_read_cannot_fix_does_not_re_read()
    {
        await using var harness = await SalesforceHarness.StartAsync(SeededOrg.NoRunAsUser);

        await Should.ThrowAsync<SalesforceApiException>(() => harness.Tokens.GetAccessTokenAsync(Cancel));

        harness.Credentials.RefreshCount.ShouldBe(0);
        harness.Org.TokenRequestCount.ShouldBe(1);
    }

    [Fact]
    public async Task A_secret_still_wrong_after_the_re_read_fails_after_two_requests()
    {
        await using var harness = await SalesforceHarness.StartAsync(SeededOrg.CampaignBridge with { ClientSecret = "wrong" });

        var error = await Should.ThrowAsync<SalesforceApiException>(() => harness.Tokens.GetAccessTokenAsync(Cancel));

        error.ErrorCode.ShouldBe(SalesforceErrorCodes.InvalidClient);
        harness.Credentials.RefreshCount.ShouldBe(1);
        harness.Org.TokenRequestCount.ShouldBe(2);
    }

    [Fact]
    public async Task Concurrent_first_calls_share_one_token_request()
    {
        await using var harness = await SalesforceHarness.StartAsync();

        var tokens = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => harness.Tokens.GetAccessTokenAsync(Cancel)));

        tokens.Select(t => t.Value).Distinct().ShouldHaveSingleItem();
        harness.Org.TokenRequestCount.ShouldBe(1);
    }

    [Fact]
    public async Task Concurrent_first_api_calls_share_one_token_request()
    {
        await using var harness = await SalesforceHarness.StartAsync();

        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => harness.Client.DescribeAsync("Task", Cancel)));

        harness.Org.TokenRequestCount.ShouldBe(1);
        harness.Org.Sessions.ShouldHaveSingleItem();
    }

    /// <summary>A phrase each hint must contain: the thing the Salesforce admin has to change.</summary>
    private static string HintPart(string errorCode) => errorCode switch
    {
        SalesforceErrorCodes.NoRunAsUser => "set Run As",
        SalesforceErrorCodes.FlowDisabled => "Enable Client Credentials Flow",
        SalesforceErrorCodes.InvalidClientId => "Consumer Key",
        SalesforceErrorCodes.InvalidClient => "Consumer Secret",
        SalesforceErrorCodes.WrongDomain => "My Domain",
        SalesforceErrorCodes.InactiveUser => "Reactivate",
        SalesforceErrorCodes.InactiveOrg => "live org",
        SalesforceErrorCodes.OAuthRateLimited => "rate-limiting",
        SalesforceErrorCodes.InvalidGrant => "IP relaxation",
        SalesforceErrorCodes.InvalidTokenRequest => "Salesforce:InstanceUrl",
        SalesforceErrorCodes.Unavailable => "status.salesforce.com",
        _ => throw new ArgumentOutOfRangeException(nameof(errorCode)),
    };
}
