using System.Net;
using System.Net.Http.Headers;
using Emulators.Hosting;
using GenesysCloud.Emulator.Tests.Support;

namespace GenesysCloud.Emulator.Tests.Standalone;

/// <summary>
/// The emulator as a separate process (README: <c>dotnet run --project tests/GenesysCloud.Emulator -- --urls ...</c>):
/// token endpoint and API on one origin, <c>--seed</c>, and nothing secret in its console output.
/// </summary>
public sealed class StandaloneHostTests
{
    private static string EmulatorDll => Path.Combine(AppContext.BaseDirectory, "GenesysCloud.Emulator.dll");

    [Fact]
    public void Without_urls_the_standalone_host_listens_on_loopback_port_5080()
    {
        GenesysCloudEmulator.DefaultStandaloneUrl.ShouldBe("http://127.0.0.1:5080");
    }

    [Fact]
    public async Task The_standalone_host_serves_the_token_and_the_api_on_one_origin_and_logs_no_secrets()
    {
        await using var host = await StandaloneEmulatorProcess.StartAsync(EmulatorDll, [], TestContext.Current.CancellationToken);
        using var http = new HttpClient { BaseAddress = host.BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
        var cancellation = TestContext.Current.CancellationToken;

        using var tokenRequest = new HttpRequestMessage(HttpMethod.Post, "/oauth/token") { Content = EmulatorSession.ClientCredentialsForm() };
        tokenRequest.Headers.Authorization = EmulatorSession.BasicCredentials(SeedClients.Local, SeedClients.SecretOf(SeedClients.Local));
        using var tokenResponse = await http.SendAsync(tokenRequest, cancellation);
        var token = (await tokenResponse.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("access_token").GetString().ShouldNotBeNull();

        using var start = new HttpRequestMessage(HttpMethod.Post, $"/api/v2/outbound/campaigns/{SeedIds.SpringRenewals}/start");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var startResponse = await http.SendAsync(start, cancellation);
        await startResponse.ShouldBeEmptyOkAsync();

        using var get = new HttpRequestMessage(HttpMethod.Get, $"/api/v2/outbound/campaigns/{SeedIds.SpringRenewals}");
        get.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var getResponse = await http.SendAsync(get, cancellation);
        (await getResponse.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("campaignStatus").GetString().ShouldBe("on");

        using var codeGrant = new HttpRequestMessage(HttpMethod.Post, "/oauth/token") { Content = EmulatorSession.ClientCredentialsForm() };
        codeGrant.Headers.Authorization = EmulatorSession.BasicCredentials(SeedClients.CodeGrant, SeedClients.SecretOf(SeedClients.CodeGrant));
        using var codeGrantResponse = await http.SendAsync(codeGrant, cancellation);
        await codeGrantResponse.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "unauthorized_client");

        var output = host.Output;
        output.ShouldNotContain(token);
        output.ShouldNotContain(SeedClients.SecretOf(SeedClients.Local));
        output.ShouldNotContain(tokenRequest.Headers.Authorization!.Parameter!);
    }

    [Fact]
    public async Task A_seed_file_passed_with_seed_replaces_the_default_seed()
    {
        var seed = EmulatorSeed.Default;
        seed.Campaigns.Single(c => c.Id == SeedIds.SpringRenewals).Name = "Standalone Seeded Campaign";
        var path = Path.Combine(Path.GetTempPath(), $"emulator-seed-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, seed.ToJson(), TestContext.Current.CancellationToken);
        try
        {
            await using var host = await StandaloneEmulatorProcess.StartAsync(EmulatorDll, ["--seed", path], TestContext.Current.CancellationToken);
            using var http = new HttpClient { BaseAddress = host.BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
            using var tokenRequest = new HttpRequestMessage(HttpMethod.Post, "/oauth/token") { Content = EmulatorSession.ClientCredentialsForm() };
            tokenRequest.Headers.Authorization = EmulatorSession.BasicCredentials(SeedClients.Local, SeedClients.SecretOf(SeedClients.Local));
            using var tokenResponse = await http.SendAsync(tokenRequest, TestContext.Current.CancellationToken);
            var token = (await tokenResponse.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("access_token").GetString();

            using var get = new HttpRequestMessage(HttpMethod.Get, "/api/v2/outbound/campaigns?name=Standalone");
            get.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(get, TestContext.Current.CancellationToken);

            var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
            body.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ShouldBe([SeedIds.SpringRenewals]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task With_a_fast_clock_a_started_campaign_produces_calls_and_results_within_seconds()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var host = await StandaloneEmulatorProcess.StartAsync(EmulatorDll, ["--clock-speed", "600"], cancellation);
        using var http = new HttpClient { BaseAddress = host.BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
        using var tokenRequest = new HttpRequestMessage(HttpMethod.Post, "/oauth/token") { Content = EmulatorSession.ClientCredentialsForm() };
        tokenRequest.Headers.Authorization = EmulatorSession.BasicCredentials(SeedClients.Local, SeedClients.SecretOf(SeedClients.Local));
        using var tokenResponse = await http.SendAsync(tokenRequest, cancellation);
        var token = (await tokenResponse.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("access_token").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using (var start = await http.PostAsync($"/api/v2/outbound/campaigns/{SeedIds.SpringRenewals}/start", null, cancellation))
        {
            await start.ShouldBeEmptyOkAsync();
        }

        using (var add = await http.PostAsync(ContactBodies.ContactsPath, EmulatorSession.Json(ContactBodies.Contacts(5)), cancellation))
        {
            add.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        // 600x: a pace slot (60 s) every 0.1 s real; bounded to 15 s of polling.
        var finished = 0;
        for (var poll = 0; poll < 75 && finished == 0; poll++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellation);
            using var dialer = await http.GetAsync("/__emulator/dialer", cancellation);
            var body = await dialer.ShouldBeJsonAsync(HttpStatusCode.OK);
            finished = body.GetProperty("campaigns").EnumerateArray()
                .SelectMany(c => c.GetProperty("attempts").EnumerateArray())
                .Count(a => a.GetProperty("state").GetString() == "finished");
        }

        finished.ShouldBeGreaterThan(0, host.Output);
        using var clock = await http.GetAsync("/__emulator/clock", cancellation);
        var now = DateTimeOffset.Parse((await clock.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("now").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var interval = $"{now.UtcDateTime.Date.AddDays(-1):yyyy-MM-dd}T00:00:00Z/{now.UtcDateTime.Date.AddDays(2):yyyy-MM-dd}T00:00:00Z";
        using var query = await http.PostAsync("/api/v2/analytics/conversations/details/query", EmulatorSession.Json(new { interval }), cancellation);
        (await query.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("totalHits").GetInt32().ShouldBeGreaterThan(0);
        // The console logger writes asynchronously: wait (bounded) for the line instead of reading the output once.
        await host.WaitForOutputAsync("Dialer: campaign", TimeSpan.FromSeconds(10), cancellation);
        host.Output.ShouldNotContain(token!);
    }

    [Fact]
    public async Task A_clock_speed_that_is_not_a_positive_number_stops_the_host_with_a_message()
    {
        var error = await Should.ThrowAsync<InvalidOperationException>(async () =>
        {
            await using var host = await StandaloneEmulatorProcess.StartAsync(EmulatorDll, ["--clock-speed", "fast"], TestContext.Current.CancellationToken);
        });

        error.Message.ShouldContain("--clock-speed must be a positive number");
    }
}
