using System.Globalization;
using CampaignBridge.Benchmarks.Harness;
using CampaignBridge.Functions.Campaigns;
using CampaignBridge.Genesys;
using GenesysCloud.Emulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CampaignBridge.Benchmarks.Scenarios;

/// <summary>
/// Scenario 10 (issue 11): the Genesys round trips of one <c>StartCampaign</c> / <c>StopCampaign</c> call through the
/// app (function class, real container) against the emulator: for a campaign that is off, one that is already where it
/// is asked to go, and the fallback of a client without <c>outbound:campaign:start</c>/<c>stop</c>
/// (<c>edit-no-start-client</c>: the action answers 403, then GET + PUT + GET). Token requests are counted apart (the
/// token is fetched before the first counted call). The app and the emulator share one fake clock, so the 30 s
/// <c>stopping</c> state ends when the scenario advances it.
/// </summary>
internal static class CampaignRoundTripScenario
{
    public const string Name = "10 campaign start/stop";

    private const string TokenPath = "/oauth/token";
    private const string NoStartClientId = "edit-no-start-client";
    private const string NoStartClientSecret = "edit-no-start-secret";

    /// <summary>Round trips the start/stop endpoints allow (issue 11: POST action + GET, was 3).</summary>
    private const int MaxRoundTrips = 2;

    public static async Task<IReadOnlyList<ScenarioResult>> RunAsync()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero));
        await using var emulator = await GenesysCloudEmulator.StartAsync(EmulatorSeed.Default, time);
        var stoppingDelay = TimeSpan.FromSeconds(emulator.Settings.StoppingDelaySeconds + 1);
        var results = new List<ScenarioResult>();

        await using (var app = await StartAppAsync(emulator, time, EmulatorClients.LocalClientId, EmulatorClients.LocalClientSecret))
        {
            results.Add(await MeasureAsync(app, emulator, start: true, "start, campaign off (start endpoint)", CampaignStatuses.On, MaxRoundTrips));
            results.Add(await MeasureAsync(app, emulator, start: true, "start, campaign already on (start endpoint)", CampaignStatuses.On, MaxRoundTrips));
            results.Add(await MeasureAsync(app, emulator, start: false, "stop, campaign on (stop endpoint)", CampaignStatuses.Stopping, MaxRoundTrips));
            results.Add(await MeasureAsync(app, emulator, start: false, "stop, campaign still stopping (stop endpoint)", CampaignStatuses.Stopping, MaxRoundTrips));
            time.Advance(stoppingDelay);
            results.Add(await MeasureAsync(app, emulator, start: false, "stop, campaign already off (stop endpoint)", CampaignStatuses.Off, MaxRoundTrips));
        }

        await using (var app = await StartAppAsync(emulator, time, NoStartClientId, NoStartClientSecret))
        {
            results.Add(await MeasureAsync(app, emulator, start: true, "start, campaign off (fallback: POST 403, GET, PUT, GET)", CampaignStatuses.On, maxRoundTrips: null));
            results.Add(await MeasureAsync(app, emulator, start: true, "start, campaign already on (fallback)", CampaignStatuses.On, maxRoundTrips: null));
            results.Add(await MeasureAsync(app, emulator, start: false, "stop, campaign on (fallback)", CampaignStatuses.Stopping, maxRoundTrips: null));
            time.Advance(stoppingDelay);
            results.Add(await MeasureAsync(app, emulator, start: false, "stop, campaign already off (fallback)", CampaignStatuses.Off, maxRoundTrips: null));
        }

        var tokens = emulator.Requests.Count(r => r.Path == TokenPath);
        results.Add(new(Name, "token requests (one per client, fetched before the counted calls)", tokens.ToString(CultureInfo.InvariantCulture), "2", tokens == 2));
        return results;
    }

    private static async Task<AppContainer> StartAppAsync(GenesysCloudEmulator emulator, FakeTimeProvider time, string clientId, string clientSecret)
    {
        var settings = AppContainer.Settings(emulator.BaseUrl);
        settings["Genesys:ClientId"] = clientId;
        settings["Genesys:ClientSecret"] = clientSecret;
        var app = AppContainer.Build(settings, services => services.AddSingleton<TimeProvider>(time));
        _ = await app.Get<IGenesysTokenProvider>().GetAccessTokenAsync(CancellationToken.None);
        return app;
    }

    /// <summary>One call of the function on Spring Renewals; counts the Genesys requests it made (the token path apart).</summary>
    private static async Task<ScenarioResult> MeasureAsync(AppContainer app, GenesysCloudEmulator emulator, bool start, string label, string expectedStatus, int? maxRoundTrips)
    {
        var campaignId = EmulatorClients.SpringRenewalsCampaignId;
        var before = emulator.Requests.Count;
        var request = app.Request("POST", $"/api/campaigns/{campaignId}/{(start ? "start" : "stop")}");
        var result = start
            ? await app.Function<StartCampaign>().Run(request, campaignId)
            : await app.Function<StopCampaign>().Run(request, campaignId);
        var (status, _) = await AppContainer.ExecuteAsync(request, result);
        var made = emulator.Requests.Skip(before).Where(r => r.Path != TokenPath).ToList();

        // Read after counting: the status the campaign is in now, through the same client.
        var campaign = await app.Get<IGenesysOutboundClient>().GetCampaignAsync(campaignId, CancellationToken.None);
        var calls = string.Join(", ", made.Select(r => $"{r.Method} {Last(r.Path)} {r.StatusCode}"));
        var ok = status == 200 && campaign.CampaignStatus == expectedStatus;
        var measured = $"{made.Count} ({calls}); answer {status}, campaign {campaign.CampaignStatus}";
        return maxRoundTrips is { } max
            ? new(Name, $"Genesys round trips: {label}", measured, $"<= {max}, answer 200, {expectedStatus}", ok && made.Count <= max)
            : new(Name, $"Genesys round trips: {label}", measured, $"- (answer 200, {expectedStatus})", ok ? null : false);
    }

    private static string Last(string path) => path[(path.LastIndexOf('/') + 1)..] is { Length: 36 } ? "campaign" : path[(path.LastIndexOf('/') + 1)..];
}
