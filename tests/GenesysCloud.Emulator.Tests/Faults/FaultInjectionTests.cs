using System.Diagnostics;
using System.Net;
using Emulators.Hosting;
using GenesysCloud.Emulator.Tests.Support;

namespace GenesysCloud.Emulator.Tests.Faults;

/// <summary>
/// Fault injection (reference §7 last item: 429 with Retry-After, 5xx, 408, 413, always with the correlation
/// header) through the /__emulator/ admin endpoints and <see cref="GenesysCloudEmulator.Faults"/>.
/// </summary>
public sealed class FaultInjectionTests
{
    private const string CampaignsPath = "/api/v2/outbound/campaigns";

    [Fact]
    public async Task A_rule_answers_its_status_with_the_standard_code_the_given_number_of_times_and_then_stops()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        using (var add = await session.AdminPostAsync("/__emulator/faults", new { pathPrefix = CampaignsPath, status = 503, count = 2 }))
        {
            add.IsSuccessStatusCode.ShouldBeTrue();
        }

        for (var i = 0; i < 2; i++)
        {
            using var faulted = await session.GetAsync(CampaignsPath, token);
            var body = await faulted.ShouldBeErrorBodyAsync(HttpStatusCode.ServiceUnavailable, "service.unavailable");
            body.GetProperty("message").GetString().ShouldBe(
                "Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).");
        }

        using var after = await session.GetAsync(CampaignsPath, token);
        after.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_in_process_429_rule_sends_its_code_and_retry_after()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        session.Emulator.Faults.Add(new FaultRule
        {
            PathPrefix = "/api/v2/outbound/contactlists",
            Status = 429,
            Code = "too.many.requests.retry.after",
            RetryAfterSeconds = 7,
            Count = 1,
        });

        using var faulted = await session.GetAsync($"/api/v2/outbound/contactlists/{SeedIds.ContactList}", token);

        await faulted.ShouldBeErrorBodyAsync(HttpStatusCode.TooManyRequests, "too.many.requests.retry.after");
        faulted.Headers.GetValues("Retry-After").Single().ShouldBe("7");
        using var untouched = await session.GetAsync(CampaignsPath, token);
        untouched.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_rule_with_a_method_leaves_other_methods_alone()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        session.Emulator.Faults.Add(new FaultRule { PathPrefix = CampaignsPath, Method = "POST", Status = 504 });

        using (var get = await session.GetAsync(CampaignsPath, token))
        {
            get.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var post = await session.SendAsync(HttpMethod.Post, $"{CampaignsPath}/{SeedIds.SpringRenewals}/start", token);
        var body = await post.ShouldBeErrorBodyAsync(HttpStatusCode.GatewayTimeout, "request.timeout");
        body.GetProperty("message").GetString().ShouldBe("The request timed out.");
        (await session.GetCampaignAsync(SeedIds.SpringRenewals, token))["campaignStatus"]!.GetValue<string>().ShouldBe("off");
    }

    [Fact]
    public async Task A_share_of_one_half_hits_about_half_of_the_requests_and_the_same_seed_hits_the_same_ones()
    {
        var first = await FaultPatternAsync();
        var second = await FaultPatternAsync();

        first.Count(hit => hit).ShouldBeInRange(30, 70);
        second.ShouldBe(first);

        static async Task<bool[]> FaultPatternAsync()
        {
            await using var session = await EmulatorSession.StartAsync(Seeds.With(s => s.Settings.FaultRandomSeed = 4242));
            var token = await session.GetTokenAsync();
            session.Emulator.Faults.Add(new FaultRule { PathPrefix = CampaignsPath, Status = 502, Share = 0.5 });
            var hits = new bool[100];
            for (var i = 0; i < hits.Length; i++)
            {
                using var response = await session.GetAsync(CampaignsPath, token);
                response.StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.BadGateway);
                hits[i] = response.StatusCode == HttpStatusCode.BadGateway;
            }

            return hits;
        }
    }

    [Fact]
    public async Task Latency_set_over_http_delays_every_request_by_at_least_that_long()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        using (var set = await session.AdminPostAsync("/__emulator/latency", new { milliseconds = 50 }))
        {
            set.IsSuccessStatusCode.ShouldBeTrue();
        }

        var stopwatch = Stopwatch.StartNew();
        using var response = await session.GetAsync(CampaignsPath, token);
        stopwatch.Stop();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        stopwatch.ElapsedMilliseconds.ShouldBeGreaterThanOrEqualTo(50);
        session.Emulator.Faults.Latency.ShouldBe(TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public async Task A_rule_latency_delays_only_matching_requests()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        session.Emulator.Faults.Add(new FaultRule { PathPrefix = $"/api/v2/outbound/dnclists", LatencyMs = 60, Count = 1 });

        var stopwatch = Stopwatch.StartNew();
        using var delayed = await session.GetAsync($"/api/v2/outbound/dnclists/{SeedIds.InternalDnc}", token);
        stopwatch.Stop();

        delayed.StatusCode.ShouldBe(HttpStatusCode.OK, "a latency-only rule lets the request through");
        stopwatch.ElapsedMilliseconds.ShouldBeGreaterThanOrEqualTo(60);
    }

    [Fact]
    public async Task A_dropped_connection_makes_http_client_throw_and_is_recorded_without_a_status()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        session.Emulator.Faults.Add(new FaultRule { PathPrefix = CampaignsPath, DropConnection = true, Count = 1 });

        await Should.ThrowAsync<HttpRequestException>(() => session.GetAsync(CampaignsPath, token));

        session.Emulator.Requests.ShouldContain(r => r.Path == CampaignsPath && r.StatusCode == 0);
        using var after = await session.GetAsync(CampaignsPath, token);
        after.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_token_outage_answers_its_status_on_the_token_endpoint_until_it_is_cleared()
    {
        await using var session = await EmulatorSession.StartAsync();
        var earlier = await session.GetTokenAsync();
        using (var set = await session.AdminPostAsync("/__emulator/token-outage", new { status = 503 }))
        {
            set.IsSuccessStatusCode.ShouldBeTrue();
        }

        using (var during = await session.RequestTokenAsync(SeedClients.Local))
        {
            // Token errors stay OAuth-style (§1.4); the error value for an outage is UNCONFIRMED (RFC 6749 temporarily_unavailable).
            await during.ShouldBeOAuthErrorAsync(HttpStatusCode.ServiceUnavailable, "temporarily_unavailable");
        }

        using (var api = await session.GetAsync(CampaignsPath, earlier))
        {
            api.StatusCode.ShouldBe(HttpStatusCode.OK, "only the token endpoint is out");
        }

        using (var clear = await session.SendAsync(HttpMethod.Delete, "/__emulator/token-outage", token: null))
        {
            clear.IsSuccessStatusCode.ShouldBeTrue();
        }

        (await session.GetTokenAsync()).ShouldNotBe(earlier);
    }

    [Fact]
    public async Task A_rule_on_the_token_endpoint_answers_in_the_oauth_error_format_with_its_retry_after()
    {
        await using var session = await EmulatorSession.StartAsync();
        session.Emulator.Faults.Add(new FaultRule { PathPrefix = "/oauth/token", Status = 429, Code = "rate_limited", RetryAfterSeconds = 3, Count = 1 });

        using (var limited = await session.RequestTokenAsync(SeedClients.Local))
        {
            await limited.ShouldBeOAuthErrorAsync(HttpStatusCode.TooManyRequests, "rate_limited");
            limited.Headers.GetValues("Retry-After").Single().ShouldBe("3");
        }

        session.Emulator.IssuedTokens.ShouldBeEmpty();
        (await session.GetTokenAsync()).ShouldNotBeNullOrWhiteSpace();
        session.Emulator.TokenRequestCount.ShouldBe(2);
    }

    [Fact]
    public async Task Deleting_the_faults_removes_every_rule()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        session.Emulator.Faults.Add(CampaignsPath, 500);

        using (var clear = await session.SendAsync(HttpMethod.Delete, "/__emulator/faults", token: null))
        {
            clear.IsSuccessStatusCode.ShouldBeTrue();
        }

        session.Emulator.Faults.Rules.ShouldBeEmpty();
        using var response = await session.GetAsync(CampaignsPath, token);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Reset_over_http_clears_faults_recordings_and_returns_the_state_to_the_seed()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        await ContactBodies.AddAsync(session, token, ContactBodies.Contacts(3));
        using (var start = await session.SendAsync(HttpMethod.Post, $"{CampaignsPath}/{SeedIds.SpringRenewals}/start", token))
        {
            start.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        session.Emulator.Faults.Add(new FaultRule { PathPrefix = "/api/v2/outbound/dnclists", Status = 500 });
        session.Emulator.Faults.TokenOutageStatus = 503;

        using (var reset = await session.AdminPostAsync("/__emulator/reset"))
        {
            reset.IsSuccessStatusCode.ShouldBeTrue();
        }

        session.Emulator.Faults.Rules.ShouldBeEmpty();
        session.Emulator.Faults.TokenOutageStatus.ShouldBeNull();
        session.Emulator.Requests.ShouldBeEmpty();
        session.Emulator.ContactsIn(SeedIds.ContactList).ShouldBeEmpty();
        var fresh = await session.GetTokenAsync();
        (await session.GetCampaignAsync(SeedIds.SpringRenewals, fresh))["campaignStatus"]!.GetValue<string>().ShouldBe("off");
        using var dnc = await session.GetAsync($"/api/v2/outbound/dnclists/{SeedIds.InternalDnc}", fresh);
        dnc.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Reset_in_process_does_the_same()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        await ContactBodies.AddAsync(session, token, ContactBodies.Contacts(2));
        session.Emulator.Faults.Latency = TimeSpan.FromMilliseconds(5);

        session.Emulator.Reset();

        session.Emulator.ContactsIn(SeedIds.ContactList).ShouldBeEmpty();
        session.Emulator.Faults.Latency.ShouldBe(TimeSpan.Zero);
        session.Emulator.Requests.ShouldBeEmpty();
        session.Emulator.TokenRequestCount.ShouldBe(0);
    }

    [Fact]
    public async Task The_recorded_requests_served_over_http_contain_no_token_credentials_or_secret()
    {
        await using var session = await EmulatorSession.StartAsync(Seeds.With(s => s.Settings.AcceptCredentialsInBody = true));
        var token = await session.GetTokenAsync();
        using (var bodyCredentials = await session.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/oauth/token")
        {
            Content = new FormUrlEncodedContent(
            [
                new KeyValuePair<string, string>("grant_type", "client_credentials"),
                new KeyValuePair<string, string>("client_id", SeedClients.Local),
                new KeyValuePair<string, string>("client_secret", SeedClients.SecretOf(SeedClients.Local)),
            ]),
        }))
        {
            bodyCredentials.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using (var call = await session.GetAsync(CampaignsPath, token))
        {
            call.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var response = await session.GetAsync("/__emulator/requests", token: null);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        text.ShouldContain(CampaignsPath);
        foreach (var secretValue in session.Emulator.IssuedTokens.Select(t => t.AccessToken).Append(SeedClients.SecretOf(SeedClients.Local)))
        {
            text.ShouldNotContain(secretValue);
        }

        var basic = EmulatorSession.BasicCredentials(SeedClients.Local, SeedClients.SecretOf(SeedClients.Local)).Parameter!;
        text.ShouldNotContain(basic);
        // The shared redaction keeps the scheme word, so a reader still sees which credential was sent.
        text.ShouldContain("Bearer [redacted]");
        text.ShouldContain("Basic [redacted]");
        text.ShouldContain("client_secret=[redacted]");
        session.Emulator.Requests.ShouldContain(r => r.Headers.ContainsKey("Authorization"), "in-process recordings keep the raw headers");
    }
}
