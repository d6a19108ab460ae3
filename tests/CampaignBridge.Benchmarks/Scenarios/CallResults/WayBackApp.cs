using System.Globalization;
using CampaignBridge.Benchmarks.Harness;
using CampaignBridge.Functions.CallResults;
using CampaignBridge.Genesys;
using CampaignBridge.Salesforce;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CampaignBridge.Benchmarks.Scenarios.CallResults;

/// <summary>
/// The app container (<c>AddCampaignBridge</c>) with the way back on: Salesforce at the emulator with the default org's
/// local External Client App, the followed campaign, storage in a private Azurite under names of its own, and the given
/// clock. Without the mapping no outcome changes anything but the Task (the built-in "Do not call" rule is
/// overridden); with it, four wrap-ups set CampaignMember statuses and "Do not call" sets DoNotCall and the DNC list.
/// </summary>
internal static class WayBackApp
{
    public const string ConsumerKey = "3MVG9emu.CampaignBridge.Local";
    public const string ConsumerSecret = "campaignbridge-local-secret";

    /// <summary>The schedule the scenario plays (local.settings.sample.json's): one run a minute.</summary>
    public static readonly TimeSpan ScheduleInterval = TimeSpan.FromMinutes(1);

    public static AppContainer Build(Uri genesys, Uri salesforce, string storageConnectionString, TimeProvider time, bool mapping)
    {
        var settings = AppContainer.Settings(genesys, storageConnectionString);
        var suffix = Guid.NewGuid().ToString("N")[..12];
        settings["CallResults:QueueName"] = $"call-results-{suffix}";
        settings["CallResults:PoisonQueueName"] = $"call-results-poison-{suffix}";
        settings["CallResults:OperationsTableName"] = $"crops{suffix}";
        settings["CallResults:StateTableName"] = $"crstate{suffix}";
        settings["CallResults:ConversationsTableName"] = $"crconv{suffix}";
        settings["CallResults:PayloadContainerName"] = $"call-results-payloads-{suffix}";
        settings["Salesforce:InstanceUrl"] = salesforce.ToString().TrimEnd('/');
        settings["Salesforce:ClientId"] = ConsumerKey;
        settings["Salesforce:ClientSecret"] = ConsumerSecret;
        settings["CallResults:Schedule"] = "0 */1 * * * *";
        settings["CallResults:Campaigns:0:GenesysCampaignId"] = CallResultsSeeds.CampaignId;
        (string Result, string? Status, bool DoNotCall)[] rules = mapping
            ? [("Do not call", "Do not call", true), ("Not interested", "Not interested", false), ("Sale", "Responded", false), ("Callback", "Called", false)]
            : [("Do not call", null, false)];
        for (var index = 0; index < rules.Length; index++)
        {
            var prefix = string.Create(CultureInfo.InvariantCulture, $"CallResults:Outcomes:{index}:");
            settings[prefix + "Result"] = rules[index].Result;
            settings[prefix + "DoNotCall"] = rules[index].DoNotCall ? "true" : "false";
            if (rules[index].Status is { } status)
            {
                settings[prefix + "CampaignMemberStatus"] = status;
            }
        }

        if (mapping)
        {
            settings["CallResults:Campaigns:0:SalesforceCampaignId"] = CallResultsSeeds.SalesforceCampaignId;
            settings["CallResults:DncListId"] = CallResultsSeeds.DncListId;
        }

        return AppContainer.Build(settings, services =>
        {
            services.AddSingleton(time);

            // Failures show as failures: the clients' own waits would run on the scenario's fake clock.
            services.PostConfigure<GenesysClientOptions>(options =>
            {
                options.RateLimitRetries = 0;
                options.TransientRetries = 0;
            });
            services.PostConfigure<SalesforceClientOptions>(options => options.TransientRetries = 0);
        });
    }

    /// <summary>
    /// Runs on the schedule (the clock moves <see cref="ScheduleInterval"/> before every run but the first) until
    /// <paramref name="attempts"/> were delivered, at most <paramref name="maxRuns"/> times; returns each run's result.
    /// </summary>
    public static async Task<IReadOnlyList<CallResultsRunResult>> RunUntilDeliveredAsync(AppContainer app, FakeTimeProvider time, int attempts, int maxRuns)
    {
        var runs = new List<CallResultsRunResult>();
        var delivered = 0;
        while (runs.Count < maxRuns && delivered < attempts)
        {
            if (runs.Count > 0)
            {
                time.Advance(ScheduleInterval);
            }

            var run = await RunOnceAsync(app);
            runs.Add(run);
            delivered += run.Delivered.ItemsDelivered;
        }

        return runs;
    }

    /// <summary>
    /// One <c>SyncCallResults</c> run, bounded in real time. The emulator's detail query costs about 1 s a page at 2,000
    /// conversations and 3 s at 10,000 on this machine (it builds and sorts every conversation per page), so a 100-page run may take minutes.
    /// </summary>
    public static async Task<CallResultsRunResult> RunOnceAsync(AppContainer app)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(30));
        return await app.Get<CallResultsRun>().RunAsync(timeout.Token);
    }
}
