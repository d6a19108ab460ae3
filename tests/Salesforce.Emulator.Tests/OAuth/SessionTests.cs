using System.Net;
using Microsoft.Extensions.Time.Testing;
using Salesforce.Emulator.Tests.Support;

namespace Salesforce.Emulator.Tests.OAuth;

/// <summary>
/// Sessions (reference §1.1.4, §8.2): a token lives for the session timeout on the emulator clock or until ended on
/// demand; after that every REST call answers 401 with the INVALID_SESSION_ID array.
/// </summary>
public sealed class SessionTests
{
    private const string ExpiredBody = """[{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]""";
    private const string ResourcesPath = "/services/data/v65.0/sobjects";

    [Fact]
    public async Task A_token_works_until_the_session_timeout_and_then_answers_401_INVALID_SESSION_ID()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
        await using var session = await SalesforceSession.StartAsync(timeProvider: time);
        var token = await session.GetTokenAsync();

        time.Advance(TimeSpan.FromMinutes(SalesforceSettings.DefaultSessionTimeoutMinutes) - TimeSpan.FromSeconds(1));
        using (var before = await session.GetAsync(ResourcesPath, token))
        {
            before.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        time.Advance(TimeSpan.FromSeconds(1));
        using var after = await session.GetAsync(ResourcesPath, token);

        after.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await after.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBe(ExpiredBody);
        session.Emulator.Sessions.Single().IsActive.ShouldBeFalse();
    }

    [Fact]
    public async Task An_app_policy_session_timeout_overrides_the_org_default()
    {
        var time = new FakeTimeProvider();
        await using var session = await SalesforceSession.StartAsync(timeProvider: time);
        var token = await session.GetTokenAsync(ClientApps.ShortSession);

        time.Advance(TimeSpan.FromMinutes(15));
        using var response = await session.GetAsync(ResourcesPath, token);

        await response.ShouldBeRestErrorAsync(HttpStatusCode.Unauthorized, "INVALID_SESSION_ID");
    }

    [Fact]
    public async Task The_session_lifetime_is_a_seed_setting()
    {
        var time = new FakeTimeProvider();
        await using var session = await SalesforceSession.StartAsync(Seeds.WithSettings(s => s.SessionTimeoutMinutes = 30), time);
        var token = await session.GetTokenAsync();

        time.Advance(TimeSpan.FromMinutes(30));
        using var response = await session.GetAsync(ResourcesPath, token);

        await response.ShouldBeRestErrorAsync(HttpStatusCode.Unauthorized, "INVALID_SESSION_ID");
    }

    [Fact]
    public async Task ExpireSessions_ends_every_issued_token_and_a_new_token_works()
    {
        await using var session = await SalesforceSession.StartAsync();
        var old = await session.GetTokenAsync();

        session.Emulator.ExpireSessions();

        using (var expired = await session.GetAsync(ResourcesPath, old))
        {
            (await expired.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBe(ExpiredBody);
            expired.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var fresh = await session.GetTokenAsync();
        using var works = await session.GetAsync(ResourcesPath, fresh);
        works.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_admin_endpoint_expires_sessions_too()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        using (var expire = await session.AdminPostAsync("/__emulator/sessions/expire"))
        {
            expire.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        using var response = await session.GetAsync(ResourcesPath, token);
        await response.ShouldBeRestErrorAsync(HttpStatusCode.Unauthorized, "INVALID_SESSION_ID");
    }

    [Fact]
    public async Task A_REST_call_without_a_token_or_with_an_unknown_token_answers_INVALID_SESSION_ID()
    {
        await using var session = await SalesforceSession.StartAsync();

        using (var none = await session.GetAsync(ResourcesPath, token: null))
        {
            await none.ShouldBeRestErrorAsync(HttpStatusCode.Unauthorized, "INVALID_SESSION_ID");
        }

        using var unknown = await session.GetAsync(ResourcesPath, "00D5g000004XyZ1!notatoken");
        await unknown.ShouldBeRestErrorAsync(HttpStatusCode.Unauthorized, "INVALID_SESSION_ID");
    }

    [Fact]
    public async Task The_older_OAuth_scheme_is_accepted_and_another_scheme_is_an_invalid_auth_header()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        using (var oauth = await session.SendAsync(HttpMethod.Get, ResourcesPath, token, scheme: "OAuth"))
        {
            oauth.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var basic = await session.SendAsync(HttpMethod.Get, ResourcesPath, token, scheme: "Basic");
        await basic.ShouldBeRestErrorAsync(HttpStatusCode.Unauthorized, "INVALID_AUTH_HEADER");
    }

    [Fact]
    public async Task A_401_is_not_counted_against_the_API_allocation_and_carries_no_limit_header()
    {
        await using var session = await SalesforceSession.StartAsync();

        using var response = await session.GetAsync(ResourcesPath, "bogus");

        response.LimitInfo().ShouldBeNull();
        session.Emulator.ApiUsage.Used.ShouldBe(0);
    }
}
