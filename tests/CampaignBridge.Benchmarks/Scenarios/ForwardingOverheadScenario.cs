using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using CampaignBridge.Benchmarks.Harness;
using CampaignBridge.Functions.Campaigns;
using CampaignBridge.Genesys;

namespace CampaignBridge.Benchmarks.Scenarios;

/// <summary>
/// Scenario 4: GetCampaign through the real container (function class, DefaultHttpContext, result executed into a
/// response body) against a direct HttpClient GET of the same emulator operation with a token fetched once, both
/// sequential and interleaved call by call so drift hits both alike; the medians are compared.
/// </summary>
internal static class ForwardingOverheadScenario
{
    public const string Name = "4 forwarding overhead";

    public static async Task<IReadOnlyList<ScenarioResult>> RunAsync(int calls, int warmup, TimeSpan latency)
    {
        await using var emulator = await UnthrottledEmulator.StartAsync();
        emulator.Faults.Latency = latency;
        await using var app = AppContainer.Build(AppContainer.Settings(emulator.BaseUrl));
        var token = await app.Get<IGenesysTokenProvider>().GetAccessTokenAsync(CancellationToken.None);

        using var http = new HttpClient { BaseAddress = emulator.BaseUrl };
        var path = $"api/v2/outbound/campaigns/{EmulatorClients.SpringRenewalsCampaignId}";
        var functionTimes = new List<double>(calls);
        var directTimes = new List<double>(calls);
        var clientTimes = new List<double>(calls);
        var client = app.Get<IGenesysOutboundClient>();
        var errors = 0;
        for (var i = 0; i < warmup + calls; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var request = app.Request("GET", $"/api/campaigns/{EmulatorClients.SpringRenewalsCampaignId}");
            var result = await app.Function<GetCampaign>().Run(request, EmulatorClients.SpringRenewalsCampaignId);
            var (status, _) = await AppContainer.ExecuteAsync(request, result);
            var functionTime = Stopwatch.GetElapsedTime(started).TotalMicroseconds;

            started = Stopwatch.GetTimestamp();
            using var direct = new HttpRequestMessage(HttpMethod.Get, path);
            direct.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
            using var response = await http.SendAsync(direct);
            _ = await response.Content.ReadAsByteArrayAsync();
            var directTime = Stopwatch.GetElapsedTime(started).TotalMicroseconds;

            started = Stopwatch.GetTimestamp();
            var campaign = await client.GetCampaignAsync(EmulatorClients.SpringRenewalsCampaignId, CancellationToken.None);
            var clientTime = Stopwatch.GetElapsedTime(started).TotalMicroseconds;

            if (status != 200 || !response.IsSuccessStatusCode || campaign.Id != EmulatorClients.SpringRenewalsCampaignId)
            {
                errors++;
            }

            if (i >= warmup)
            {
                functionTimes.Add(functionTime);
                directTimes.Add(directTime);
                clientTimes.Add(clientTime);
            }
        }

        var function = Percentiles.Median(functionTimes);
        var directMedian = Percentiles.Median(directTimes);
        var ratio = function / directMedian;
        var setup = $"{calls} sequential calls each, {latency.TotalMilliseconds:F0} ms emulator latency";
        return
        [
            new(Name, $"median GetCampaign function ({setup})", $"{function:F0} µs", "-", null),
            new(Name, $"median direct HttpClient GET ({setup})", $"{directMedian:F0} µs", "-", null),
            new(Name, $"median IGenesysOutboundClient.GetCampaignAsync alone ({setup})", $"{Percentiles.Median(clientTimes):F0} µs", "-", null),
            new(Name, $"function / direct at the median ({latency.TotalMilliseconds:F0} ms latency)", ratio.ToString("F3", CultureInfo.InvariantCulture), "<= 1.15", ratio <= 1.15),
            new(Name, $"p99 function / p99 direct ({latency.TotalMilliseconds:F0} ms latency)", $"{Percentiles.Of(functionTimes, 99):F0} / {Percentiles.Of(directTimes, 99):F0} µs", "-", null),
            new(Name, "errors", errors.ToString(CultureInfo.InvariantCulture), "0", errors == 0),
        ];
    }
}
