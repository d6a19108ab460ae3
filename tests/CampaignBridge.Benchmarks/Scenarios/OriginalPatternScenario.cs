using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CampaignBridge.Benchmarks.Harness;
using CampaignBridge.Genesys;
using GenesysCloud.Emulator;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignBridge.Benchmarks.Scenarios;

/// <summary>
/// Scenario 3: the original Salesforce pattern (a fresh token for every operation: POST /oauth/token, then the call)
/// against CampaignBridge's client (one cached token), both with the same number of operations in flight, against
/// the emulator with 20 ms latency per request and its rate limit raised.
/// </summary>
internal static class OriginalPatternScenario
{
    public const string Name = "3 original vs CampaignBridge";

    private const int WarmupOperations = 50;

    public static async Task<IReadOnlyList<ScenarioResult>> RunAsync(int operations, int concurrency, TimeSpan latency)
    {
        await using var emulator = await UnthrottledEmulator.StartAsync();

        // Warm-up without latency, not measured: both code paths are JIT-compiled before either is timed, so
        // neither side pays for first-call compilation. (b) warms up on a throw-away container; the measured
        // one starts with an empty token cache.
        await RunOriginalAsync(emulator, WarmupOperations, concurrency);
        await using (var warmup = GenesysClientContainer.Build(emulator.BaseUrl))
        {
            await RunBridgedAsync(warmup.GetRequiredService<IGenesysOutboundClient>(), WarmupOperations, concurrency);
        }

        emulator.Reset();
        emulator.Faults.Latency = latency;
        var original = await RunOriginalAsync(emulator, operations, concurrency);
        var originalTokens = emulator.TokenRequestCount;

        emulator.Reset();
        emulator.Faults.Latency = latency;
        await using var services = GenesysClientContainer.Build(emulator.BaseUrl);
        var bridged = await RunBridgedAsync(services.GetRequiredService<IGenesysOutboundClient>(), operations, concurrency);
        var bridgedTokens = emulator.TokenRequestCount;

        // Control: the same GET with one token fetched beforehand, straight over HttpClient. Nothing can be faster
        // than this at this latency and concurrency, so it shows how much of (a) and (b) is the test bed itself.
        var token = await services.GetRequiredService<IGenesysTokenProvider>().GetAccessTokenAsync(CancellationToken.None);
        var floor = await RunDirectAsync(emulator, token.Value, operations, concurrency);

        var ratio = bridged.Elapsed.TotalMilliseconds / original.Elapsed.TotalMilliseconds;
        var setup = $"{operations} GET campaign, {concurrency} in flight, {latency.TotalMilliseconds:F0} ms emulator latency";
        return
        [
            new(Name, $"(a) fresh token per operation: token requests ({setup})", originalTokens.ToString(CultureInfo.InvariantCulture), operations.ToString(CultureInfo.InvariantCulture), originalTokens == operations),
            new(Name, $"(b) IGenesysOutboundClient: token requests ({concurrency} in flight)", bridgedTokens.ToString(CultureInfo.InvariantCulture), "1", bridgedTokens == 1),
            new(Name, $"(a) wall time / failures ({concurrency} in flight)", $"{original.Elapsed.TotalMilliseconds:F0} ms / {original.Failures}", "-", original.Failures == 0 ? null : false),
            new(Name, $"(b) wall time / failures ({concurrency} in flight)", $"{bridged.Elapsed.TotalMilliseconds:F0} ms / {bridged.Failures}", "-", bridged.Failures == 0 ? null : false),
            new(Name, $"control: direct GET with a token fetched once, wall time / failures ({concurrency} in flight)", $"{floor.Elapsed.TotalMilliseconds:F0} ms / {floor.Failures}", "-", floor.Failures == 0 ? null : false),
            new(Name, $"(b) / control ({concurrency} in flight)", (bridged.Elapsed.TotalMilliseconds / floor.Elapsed.TotalMilliseconds).ToString("F3", CultureInfo.InvariantCulture), "-", null),
            new(Name, $"wall time ratio (b)/(a), {concurrency} in flight", ratio.ToString("F3", CultureInfo.InvariantCulture), "<= 0.55", ratio <= 0.55),
        ];
    }

    private static Task<(TimeSpan Elapsed, int Failures)> RunBridgedAsync(IGenesysOutboundClient client, int operations, int concurrency)
        => RunConcurrentlyAsync(operations, concurrency, async () =>
        {
            var campaign = await client.GetCampaignAsync(EmulatorClients.SpringRenewalsCampaignId, CancellationToken.None);
            return campaign.Id == EmulatorClients.SpringRenewalsCampaignId;
        });

    /// <summary>Exactly what the Salesforce question did, done right on the wire: Basic header, form body, then the call.</summary>
    private static async Task<(TimeSpan Elapsed, int Failures)> RunOriginalAsync(GenesysCloudEmulator emulator, int operations, int concurrency)
    {
        using var http = new HttpClient { BaseAddress = emulator.BaseUrl };
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{EmulatorClients.LocalClientId}:{EmulatorClients.LocalClientSecret}"));
        return await RunConcurrentlyAsync(operations, concurrency, async () =>
        {
            using var tokenRequest = new HttpRequestMessage(HttpMethod.Post, "oauth/token")
            {
                Content = new FormUrlEncodedContent([new KeyValuePair<string, string>("grant_type", "client_credentials")]),
            };
            tokenRequest.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
            using var tokenResponse = await http.SendAsync(tokenRequest);
            if (!tokenResponse.IsSuccessStatusCode)
            {
                return false;
            }

            using var token = JsonDocument.Parse(await tokenResponse.Content.ReadAsStreamAsync());
            var accessToken = token.RootElement.GetProperty("access_token").GetString();

            using var call = new HttpRequestMessage(HttpMethod.Get, $"api/v2/outbound/campaigns/{EmulatorClients.SpringRenewalsCampaignId}");
            call.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
            using var response = await http.SendAsync(call);
            using var campaign = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
            return response.IsSuccessStatusCode && campaign.RootElement.GetProperty("id").GetString() == EmulatorClients.SpringRenewalsCampaignId;
        });
    }

    private static async Task<(TimeSpan Elapsed, int Failures)> RunDirectAsync(GenesysCloudEmulator emulator, string accessToken, int operations, int concurrency)
    {
        using var http = new HttpClient { BaseAddress = emulator.BaseUrl };
        return await RunConcurrentlyAsync(operations, concurrency, async () =>
        {
            using var call = new HttpRequestMessage(HttpMethod.Get, $"api/v2/outbound/campaigns/{EmulatorClients.SpringRenewalsCampaignId}");
            call.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
            using var response = await http.SendAsync(call);
            using var campaign = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
            return response.IsSuccessStatusCode && campaign.RootElement.GetProperty("id").GetString() == EmulatorClients.SpringRenewalsCampaignId;
        });
    }

    private static async Task<(TimeSpan Elapsed, int Failures)> RunConcurrentlyAsync(int operations, int concurrency, Func<Task<bool>> operation)
    {
        var failures = 0;
        var stopwatch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, operations), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (_, _) =>
        {
            bool ok;
            try
            {
                ok = await operation();
            }
            catch (Exception e) when (e is HttpRequestException or GenesysApiException or JsonException)
            {
                ok = false;
            }

            if (!ok)
            {
                Interlocked.Increment(ref failures);
            }
        });
        return (stopwatch.Elapsed, failures);
    }
}
