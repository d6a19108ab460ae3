using System.Net;
using System.Net.Http.Headers;
using GenesysCloud.Emulator.Tests.Support;

namespace GenesysCloud.Emulator.Tests.Standalone;

/// <summary>
/// The emulator as a separate process (README: <c>dotnet run --project tests/GenesysCloud.Emulator -- --urls ...</c>):
/// token endpoint and API on one origin, <c>--seed</c>, and nothing secret in its console output.
/// </summary>
public sealed class StandaloneHostTests
{
    [Fact]
    public async Task The_standalone_host_serves_the_token_and_the_api_on_one_origin_and_logs_no_secrets()
    {
        await using var host = await StandaloneEmulatorProcess.StartAsync();
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
            await using var host = await StandaloneEmulatorProcess.StartAsync("--seed", path);
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
}
