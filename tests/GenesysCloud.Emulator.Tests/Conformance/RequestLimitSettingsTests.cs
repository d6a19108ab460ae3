using System.Net;
using GenesysCloud.Emulator.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace GenesysCloud.Emulator.Tests.Conformance;

/// <summary>What §8.5 cannot settle is a seed setting with the reference value as default: per-request limits, the rate window.</summary>
public sealed class RequestLimitSettingsTests
{
    [Fact]
    public async Task The_contacts_per_add_limit_follows_the_setting()
    {
        await using var session = await EmulatorSession.StartAsync(Seeds.With(s => s.Settings.MaxContactsPerAdd = 10));
        var token = await session.GetTokenAsync();

        using var tooMany = await session.PostJsonAsync(ContactBodies.ContactsPath, token, ContactBodies.Contacts(11));
        using var allowed = await session.PostJsonAsync(ContactBodies.ContactsPath, token, ContactBodies.Contacts(10));

        (await tooMany.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "too.many.contacts.added")).GetProperty("message").GetString()
            .ShouldBe("Too many contacts added, the limit is 10");
        allowed.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_bulk_get_and_delete_limits_follow_the_settings()
    {
        await using var session = await EmulatorSession.StartAsync(Seeds.With(s =>
        {
            s.Settings.MaxContactsPerBulkGet = 2;
            s.Settings.MaxContactsPerDelete = 2;
        }));
        var token = await session.GetTokenAsync();

        using var bulk = await session.PostJsonAsync(ContactBodies.ContactsPath + "/bulk", token, new[] { "a", "b", "c" });
        using var delete = await session.DeleteAsync(ContactBodies.ContactsPath + "?contactIds=a,b,c", token);

        (await bulk.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "too.many.contacts.requested")).GetProperty("message").GetString()
            .ShouldBe("Only 2 contacts can be retrieved at a time.");
        (await delete.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "too.many.contacts.added")).GetProperty("message").GetString()
            .ShouldBe("There were too many contacts in the request, the limit is 2");
    }

    [Fact]
    public async Task With_a_sliding_window_a_request_is_allowed_again_once_the_oldest_one_is_a_minute_old()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        await using var session = await EmulatorSession.StartAsync(Seeds.With(s =>
        {
            s.Settings.RateLimitPerMinute = 2;
            s.Settings.RateLimitWindow = EmulatorSettings.RateWindowSliding;
        }), time);
        var token = await session.GetTokenAsync();
        await GetOkAsync(session, token);
        time.Advance(TimeSpan.FromSeconds(40));
        await GetOkAsync(session, token);

        time.Advance(TimeSpan.FromSeconds(10));
        using (var limited = await session.GetAsync("/api/v2/outbound/campaigns", token))
        {
            await limited.ShouldBeErrorBodyAsync(HttpStatusCode.TooManyRequests, "too.many.requests.retry.after");
            limited.Headers.GetValues("Retry-After").Single().ShouldBe("10", "the first request leaves the window 60 s after it was made");
        }

        time.Advance(TimeSpan.FromSeconds(10));
        await GetOkAsync(session, token);
    }

    private static async Task GetOkAsync(EmulatorSession session, string token)
    {
        using var response = await session.GetAsync("/api/v2/outbound/campaigns", token);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
