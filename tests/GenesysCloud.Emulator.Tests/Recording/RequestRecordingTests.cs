using System.Net;
using System.Text.Json.Nodes;
using GenesysCloud.Emulator.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace GenesysCloud.Emulator.Tests.Recording;

/// <summary>What the emulator records for assertions (common.md fixture API), and that it stays correct under concurrency.</summary>
public sealed class RequestRecordingTests
{
    [Fact]
    public async Task Each_request_is_recorded_with_method_path_query_body_status_and_emulator_time()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        await using var session = await EmulatorSession.StartAsync(timeProvider: time);
        var token = await session.GetTokenAsync();
        time.Advance(TimeSpan.FromMinutes(3));

        using (var response = await session.PostJsonAsync(ContactBodies.ContactsPath + "?priority=true", token, new JsonArray(ContactBodies.Contact("003A000001", "Ada"))))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var tokenRequest = session.Emulator.Requests.Single(r => r.Path == "/oauth/token");
        tokenRequest.Method.ShouldBe("POST");
        tokenRequest.Body.ShouldBe("grant_type=client_credentials");
        tokenRequest.StatusCode.ShouldBe(200);
        tokenRequest.Timestamp.ShouldBe(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        var add = session.Emulator.Requests.Single(r => r.Path == ContactBodies.ContactsPath);
        add.Method.ShouldBe("POST");
        add.Query.ShouldBe("priority=true");
        add.Body.ShouldContain("\"003A000001\"");
        add.StatusCode.ShouldBe(200);
        add.Timestamp.ShouldBe(new DateTimeOffset(2026, 3, 2, 8, 3, 0, TimeSpan.Zero));
        add.Headers["Authorization"].ShouldBe($"Bearer {token}");
        session.Emulator.TokenRequestCount.ShouldBe(1);
    }

    [Fact]
    public async Task Admin_requests_are_not_recorded()
    {
        await using var session = await EmulatorSession.StartAsync();

        using (var latency = await session.AdminPostAsync("/__emulator/latency", new { milliseconds = 0 }))
        {
            latency.IsSuccessStatusCode.ShouldBeTrue();
        }

        using (var requests = await session.GetAsync("/__emulator/requests", token: null))
        {
            requests.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        session.Emulator.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_admin_contact_view_shows_what_was_upserted()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        await ContactBodies.AddAsync(session, token, ContactBodies.Contacts(2));

        using var response = await session.GetAsync($"/__emulator/contactlists/{SeedIds.ContactList}/contacts", token: null);

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        body.EnumerateArray().Select(c => c.GetProperty("id").GetString()).ShouldBe(["sf-0001", "sf-0002"], ignoreOrder: true);
    }

    [Fact]
    public async Task Concurrent_token_requests_each_get_their_own_token_and_are_all_counted()
    {
        await using var session = await EmulatorSession.StartAsync();

        var tokens = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => session.GetTokenAsync()));

        tokens.Distinct().Count().ShouldBe(50);
        session.Emulator.TokenRequestCount.ShouldBe(50);
        session.Emulator.IssuedTokens.Count.ShouldBe(50);
    }

    [Fact]
    public async Task Concurrent_upserts_of_distinct_contacts_all_land_and_every_request_is_recorded()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(batch =>
            ContactBodies.AddAsync(session, token, ContactBodies.Contacts(50, idPrefix: $"b{batch:D2}-"))));

        session.Emulator.ContactsIn(SeedIds.ContactList).Count.ShouldBe(1000);
        session.Emulator.Requests.Count(r => r.Path == ContactBodies.ContactsPath && r.StatusCode == 200).ShouldBe(20);
    }
}
