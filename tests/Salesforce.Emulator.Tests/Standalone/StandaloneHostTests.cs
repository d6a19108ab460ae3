using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Emulators.Hosting;
using Salesforce.Emulator.Tests.Support;

namespace Salesforce.Emulator.Tests.Standalone;

/// <summary>
/// The emulator as its own process (README: <c>dotnet run --project tests/Salesforce.Emulator -- --urls … [--seed f]</c>):
/// token and REST on one origin, <c>--seed</c>, and nothing secret in its console output.
/// </summary>
public sealed class StandaloneHostTests
{
    private static string EmulatorDll => Path.Combine(AppContext.BaseDirectory, "Salesforce.Emulator.dll");

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_standalone_host_serves_the_token_and_the_REST_API_and_logs_no_secret_or_token()
    {
        await using var host = await StandaloneEmulatorProcess.StartAsync(EmulatorDll, [], Cancellation);
        using var http = new HttpClient { BaseAddress = host.BaseUrl, Timeout = TimeSpan.FromSeconds(30) };

        using var tokenResponse = await http.PostAsync(SalesforceSession.TokenPath,
            SalesforceSession.TokenForm(ClientApps.CampaignBridge.Key, ClientApps.CampaignBridge.Secret), Cancellation);
        var tokenBody = await tokenResponse.ShouldBeJsonAsync();
        var token = tokenBody.GetProperty("access_token").GetString()!;
        tokenBody.GetProperty("instance_url").GetString().ShouldBe(host.BaseUrl.GetLeftPart(UriPartial.Authority));

        using var upsert = new HttpRequestMessage(HttpMethod.Patch, TaskRecords.UpsertPath)
        {
            Content = SalesforceSession.Json(TaskRecords.Body(false, TaskRecords.Call("standalone"))),
        };
        upsert.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var upsertResponse = await http.SendAsync(upsert, Cancellation);
        (await upsertResponse.ShouldBeJsonAsync())[0].ShouldBeSaved("00T", created: true);
        upsertResponse.LimitInfo().ShouldBe("api-usage=1/100000");

        await host.WaitForOutputAsync("PATCH /services/data/v65.0/composite/sobjects/Task/Genesys_Conversation_Id__c -> 200", TimeSpan.FromSeconds(10), Cancellation);
        var output = host.Output;
        output.ShouldNotContain(token);
        output.ShouldNotContain(token[16..]);
        output.ShouldNotContain(ClientApps.CampaignBridge.Secret);
    }

    [Fact]
    public async Task A_seed_file_passed_with_seed_replaces_the_default_seed()
    {
        var seed = SalesforceSeed.Default;
        seed.ClientApps[0].ConsumerSecret = "rotated-for-this-test";
        var path = Path.Combine(Path.GetTempPath(), $"sf-emulator-seed-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, seed.ToJson(), Cancellation);
        try
        {
            await using var host = await StandaloneEmulatorProcess.StartAsync(EmulatorDll, ["--seed", path], Cancellation);
            using var http = new HttpClient { BaseAddress = host.BaseUrl, Timeout = TimeSpan.FromSeconds(30) };

            using var old = await http.PostAsync(SalesforceSession.TokenPath, SalesforceSession.TokenForm(ClientApps.CampaignBridge.Key, ClientApps.CampaignBridge.Secret), Cancellation);
            using var rotated = await http.PostAsync(SalesforceSession.TokenPath, SalesforceSession.TokenForm(ClientApps.CampaignBridge.Key, "rotated-for-this-test"), Cancellation);

            old.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            rotated.StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task An_invalid_seed_file_stops_the_process_with_the_problem()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sf-emulator-bad-seed-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, "{\"organization\": {\"id\": \"nope\"}}", Encoding.UTF8, Cancellation);
        try
        {
            var error = await Should.ThrowAsync<InvalidOperationException>(() => StandaloneEmulatorProcess.StartAsync(EmulatorDll, ["--seed", path], Cancellation));

            error.Message.ShouldContain("organization.id");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
