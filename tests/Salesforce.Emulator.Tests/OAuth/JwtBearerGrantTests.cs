using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Salesforce.Emulator.Tests.Support;

namespace Salesforce.Emulator.Tests.OAuth;

/// <summary>JWT bearer grant (reference §1.2, §8.1): RS256 against the app's certificate, iss/sub/aud/exp, pre-authorisation.</summary>
public sealed class JwtBearerGrantTests
{
    private const string ConsumerKey = "3MVG9emu.JwtApp";
    private const string Username = "campaignbridge.integration@acme.example";
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    // Generated once for the class (key generation is slow); only read afterwards.
    private static readonly RSA Key = RSA.Create(2048);
    private static readonly RSA OtherKey = RSA.Create(2048);
    private static readonly Lazy<string> CertificatePem = new(() =>
    {
        var request = new CertificateRequest("CN=CampaignBridge JWT test", Key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(Now.AddDays(-1), Now.AddYears(1));
        return certificate.ExportCertificatePem();
    });

    private readonly FakeTimeProvider time = new(Now);

    [Fact]
    public async Task A_valid_assertion_for_a_pre_authorised_user_gets_a_token_for_that_user()
    {
        await using var session = await StartAsync();

        using var response = await session.Http.PostAsync(SalesforceSession.TokenPath, Form(Assertion(Key)), TestContext.Current.CancellationToken);

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        body.GetProperty("id").GetString()!.ShouldEndWith("/" + SeedIds.IntegrationUser);
        body.TryGetProperty("expires_in", out _).ShouldBeFalse();
        body.TryGetProperty("refresh_token", out _).ShouldBeFalse();
        using var rest = await session.GetAsync("/services/data/v65.0/sobjects", body.GetProperty("access_token").GetString());
        rest.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_JWT_grant_is_also_served_on_the_generic_login_host()
    {
        await using var session = await StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, SalesforceSession.TokenPath) { Content = Form(Assertion(Key)) };
        request.Headers.Host = "login.salesforce.com";

        using var response = await session.Http.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_expiry_within_the_three_minute_skew_is_accepted_and_beyond_it_refused()
    {
        await using var session = await StartAsync();

        using var withinSkew = await session.Http.PostAsync(SalesforceSession.TokenPath, Form(Assertion(Key, exp: Now.AddMinutes(-2))), TestContext.Current.CancellationToken);
        using var expired = await session.Http.PostAsync(SalesforceSession.TokenPath, Form(Assertion(Key, exp: Now.AddMinutes(-4))), TestContext.Current.CancellationToken);

        withinSkew.StatusCode.ShouldBe(HttpStatusCode.OK);
        await expired.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "invalid_grant", JwtBearerGrant.ExpiredAssertion);
    }

    [Fact]
    public async Task A_wrong_audience_fails_audience_validation()
    {
        await using var session = await StartAsync();

        using var response = await session.Http.PostAsync(SalesforceSession.TokenPath, Form(Assertion(Key, aud: "https://example.com")), TestContext.Current.CancellationToken);

        await response.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "invalid_grant", "audience validation failed");
    }

    [Fact]
    public async Task The_My_Domain_origin_and_the_sandbox_login_are_accepted_audiences()
    {
        await using var session = await StartAsync();
        var myDomain = session.Emulator.BaseUrl.GetLeftPart(UriPartial.Authority);

        using var own = await session.Http.PostAsync(SalesforceSession.TokenPath, Form(Assertion(Key, aud: myDomain)), TestContext.Current.CancellationToken);
        using var test = await session.Http.PostAsync(SalesforceSession.TokenPath, Form(Assertion(Key, aud: "https://test.salesforce.com")), TestContext.Current.CancellationToken);

        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        test.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_user_the_app_does_not_pre_authorise_has_not_approved_this_consumer()
    {
        await using var session = await StartAsync();

        using var response = await session.Http.PostAsync(SalesforceSession.TokenPath, Form(Assertion(Key, sub: "avery.agent@acme.example")), TestContext.Current.CancellationToken);

        await response.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "invalid_grant", "user hasn't approved this consumer");
    }

    [Fact]
    public async Task An_assertion_signed_by_another_key_or_malformed_is_refused()
    {
        await using var session = await StartAsync();

        using var otherSigner = await session.Http.PostAsync(SalesforceSession.TokenPath, Form(Assertion(OtherKey)), TestContext.Current.CancellationToken);
        using var malformed = await session.Http.PostAsync(SalesforceSession.TokenPath, Form("not.a.jwt"), TestContext.Current.CancellationToken);

        await otherSigner.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "invalid_grant", JwtBearerGrant.InvalidAssertion);
        await malformed.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "invalid_grant", JwtBearerGrant.InvalidAssertion);
    }

    [Fact]
    public async Task An_unknown_issuer_is_an_invalid_client_identifier_and_an_app_without_a_certificate_cannot_use_the_grant()
    {
        await using var session = await StartAsync();

        using var unknown = await session.Http.PostAsync(SalesforceSession.TokenPath, Form(Assertion(Key, iss: "3MVG9nobody")), TestContext.Current.CancellationToken);
        using var noCertificate = await session.Http.PostAsync(SalesforceSession.TokenPath, Form(Assertion(Key, iss: ClientApps.CampaignBridge.Key)), TestContext.Current.CancellationToken);

        await unknown.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "invalid_client_id", "client identifier invalid");
        await noCertificate.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "invalid_grant", JwtBearerGrant.InvalidAssertion);
    }

    [Fact]
    public void A_seed_with_an_unreadable_certificate_or_an_unknown_pre_authorised_user_is_refused()
    {
        var badCertificate = Seed(app => app.Certificate = "-----BEGIN CERTIFICATE-----\nnope\n-----END CERTIFICATE-----");
        var unknownUser = Seed(app => app.PreAuthorizedUsernames.Add("ghost@acme.example"));

        Should.Throw<InvalidDataException>(badCertificate.Validate).Message.ShouldContain("certificate");
        Should.Throw<InvalidDataException>(unknownUser.Validate).Message.ShouldContain("ghost@acme.example");
    }

    private Task<SalesforceSession> StartAsync() => SalesforceSession.StartAsync(Seed(_ => { }), time);

    private static SalesforceSeed Seed(Action<ClientAppSeed> change)
    {
        var app = new ClientAppSeed
        {
            Name = "JWT App",
            ConsumerKey = ConsumerKey,
            ConsumerSecret = "jwt-app-secret",
            Certificate = CertificatePem.Value,
            PreAuthorizedUsernames = [Username],
        };
        change(app);
        return Seeds.With(s => s.ClientApps.Add(app));
    }

    private static FormUrlEncodedContent Form(string assertion) => new(
    [
        new KeyValuePair<string, string>("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer"),
        new KeyValuePair<string, string>("assertion", assertion),
    ]);

    private static string Assertion(RSA signer, string iss = ConsumerKey, string sub = Username, string aud = "https://login.salesforce.com", DateTimeOffset? exp = null)
    {
        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { alg = "RS256" }));
        var claims = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { iss, sub, aud, exp = (exp ?? Now.AddMinutes(3)).ToUnixTimeSeconds() }));
        var signature = signer.SignData(Encoding.ASCII.GetBytes(header + "." + claims), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return header + "." + claims + "." + Base64Url(signature);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
