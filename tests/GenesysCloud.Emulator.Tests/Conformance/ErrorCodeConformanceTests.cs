using System.Net;
using GenesysCloud.Emulator.Tests.Support;

namespace GenesysCloud.Emulator.Tests.Conformance;

/// <summary>Error answers as genesys-cloud-api.md §8.4 corrects them: 404 text, 429 body, 409 outside the campaign PUT.</summary>
public sealed class ErrorCodeConformanceTests
{
    [Fact]
    public async Task An_unknown_campaign_is_404_not_found_with_the_generic_text()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.GetAsync($"/api/v2/outbound/campaigns/{SeedIds.UnknownGuid}", token);

        var body = await response.ShouldBeErrorBodyAsync(HttpStatusCode.NotFound, "not.found");
        body.GetProperty("message").GetString().ShouldBe("The requested resource was not found.");
    }

    [Fact]
    public async Task The_429_body_has_exactly_message_code_status_context_id_details_and_errors()
    {
        await using var session = await EmulatorSession.StartAsync(Seeds.With(s => s.Settings.RateLimitPerMinute = 1));
        var token = await session.GetTokenAsync();
        using (var first = await session.GetAsync("/api/v2/outbound/campaigns", token))
        {
            first.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var limited = await session.GetAsync("/api/v2/outbound/campaigns", token);

        var body = await limited.ShouldBeErrorBodyAsync(HttpStatusCode.TooManyRequests, "too.many.requests.retry.after");
        body.EnumerateObject().Select(p => p.Name).ShouldBe(["message", "code", "status", "contextId", "details", "errors"], ignoreOrder: true);
        int.TryParse(limited.Headers.GetValues("Retry-After").Single(), out var seconds).ShouldBeTrue();
        seconds.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task An_injected_429_has_the_same_normalized_body()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        session.Emulator.Faults.Add("/api/v2/outbound/contactlists", 429, count: 1, retryAfterSeconds: 7);

        using var response = await session.PostJsonAsync(ContactBodies.ContactsPath, token, ContactBodies.Contacts(1));

        var body = await response.ShouldBeErrorBodyAsync(HttpStatusCode.TooManyRequests, "too.many.requests.retry.after");
        body.EnumerateObject().Select(p => p.Name).ShouldBe(["message", "code", "status", "contextId", "details", "errors"], ignoreOrder: true);
        body.GetProperty("message").GetString().ShouldBe("Rate limit exceeded the maximum. Retry the request in [7] seconds");
        response.Headers.GetValues("Retry-After").Single().ShouldBe("7");
    }

    [Fact]
    public async Task A_409_outside_the_campaign_put_carries_the_generic_conflict_text_not_a_version_hint()
    {
        // §8.4: 409 is declared on contacts, bulk get, DNC add, progress...; only the PUT's 409 is about versions.
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        session.Emulator.Faults.Add(ContactBodies.ContactsPath, 409, count: 1);

        using var response = await session.PostJsonAsync(ContactBodies.ContactsPath, token, ContactBodies.Contacts(1));

        var body = await response.ShouldBeErrorBodyAsync(HttpStatusCode.Conflict, "conflict");
        var message = body.GetProperty("message").GetString()!;
        message.ShouldBe("The request conflicts with the current state of the target resource.");
        message.ShouldNotContain("version", Case.Insensitive);
    }

    [Fact]
    public async Task The_413_code_is_a_setting_because_the_reference_only_has_the_message()
    {
        await using var session = await EmulatorSession.StartAsync(Seeds.With(s =>
        {
            s.Settings.MaxRequestBytes = 100;
            s.Settings.RequestTooLargeCode = "request.too.large";
        }));
        var token = await session.GetTokenAsync();

        using var response = await session.PostJsonAsync(ContactBodies.ContactsPath, token, ContactBodies.Contacts(3));

        var body = await response.ShouldBeErrorBodyAsync(HttpStatusCode.RequestEntityTooLarge, "request.too.large");
        body.GetProperty("message").GetString().ShouldBe("The request is over the size limit. Maximum bytes: 100");
    }
}
