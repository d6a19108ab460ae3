using System.Diagnostics;
using System.Globalization;
using CampaignBridge.Benchmarks.Harness;
using GenesysCloud.Emulator;
using Microsoft.Extensions.Time.Testing;
using Salesforce.Emulator;

namespace CampaignBridge.Benchmarks.Scenarios.CallResults;

/// <summary>
/// The way back while the dialer runs: one <c>SyncCallResults</c> run per emulated minute (the app, both emulators and
/// the Salesforce record stamps share one fake clock, and a run takes no emulated time), until every attempt is a Task.
/// Measures the lag from a conversation's end to its Task's creation (a call an agent took is logged at hang-up) and from
/// its result to the Task's last write (the wrap-up), and what the schedule costs in Genesys pages and Salesforce requests.
/// </summary>
internal static class SteadySchedulePhase
{
    private static readonly TimeSpan RealTimeBudget = TimeSpan.FromMinutes(45);

    public static async Task<IReadOnlyList<ScenarioResult>> RunAsync(GenesysCloudEmulator genesys, FakeTimeProvider time, string storage, int contacts, int maxRuns)
    {
        var name = CallResultsScenario.Name;
        await using var salesforce = await SalesforceEmulator.StartAsync(CallResultsSeeds.Salesforce(contacts, members: false), time);
        await using var app = WayBackApp.Build(genesys.BaseUrl, salesforce.BaseUrl, storage, time, mapping: false);

        var genesysBefore = genesys.Requests.Count;
        var wall = Stopwatch.StartNew();
        var pages = new List<double>();
        var runTimes = new List<double>();
        int runs = 0, failedReads = 0;
        while (runs < maxRuns && !EveryTaskFinal(salesforce, contacts) && wall.Elapsed < RealTimeBudget)
        {
            time.Advance(WayBackApp.ScheduleInterval);
            var started = Stopwatch.GetTimestamp();
            var run = await WayBackApp.RunOnceAsync(app);
            runTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            runs++;
            pages.Add(run.Read.Pages);
            failedReads += run.Read.Failure is null ? 0 : 1;
        }

        wall.Stop();
        var attempts = genesys.Dialer.Attempts;
        var tasks = salesforce.Tasks;
        var check = DeliveryCheck.Of([.. tasks.Select(t => t.GetString(DeliveryCheck.ConversationIdField))], [.. attempts.Select(a => a.ConversationId)]);
        var byConversation = attempts.ToDictionary(a => a.ConversationId, StringComparer.OrdinalIgnoreCase);
        var fromResult = new List<double>();
        var fromEnd = new List<double>();
        foreach (var task in tasks)
        {
            if (task.GetString(DeliveryCheck.ConversationIdField) is { } id && byConversation.TryGetValue(id, out var attempt)
                && attempt.ResultAt is { } resultAt && attempt.EndedAt is { } endedAt
                && task.GetString("CreatedDate") is { } created && task.GetString("LastModifiedDate") is { } modified)
            {
                fromResult.Add((DeliveryCheck.ParseCreatedDate(modified) - resultAt).TotalSeconds);
                fromEnd.Add((DeliveryCheck.ParseCreatedDate(created) - endedAt).TotalSeconds);
            }
        }

        var genesysTally = RequestTally.Of(genesys.Requests.Skip(genesysBefore).Select(r => (r.Method, r.Path, r.StatusCode)));
        var salesforceTally = RequestTally.Of(salesforce.Requests.Select(r => (r.Method, r.Path, r.StatusCode)));
        var interval = WayBackApp.ScheduleInterval.TotalSeconds;
        var lagMet = fromResult.Count == contacts && fromResult.Max() <= interval;
        var lagFromEndMet = fromEnd.Count == contacts && fromEnd.Max() <= interval;
        var atHangUp = tasks.Count(t => t.GetString("CreatedDate") != t.GetString("LastModifiedDate"));
        var dialing = attempts.Count == 0 ? "-" : $"{(attempts.Max(a => a.StartedAt) - attempts.Min(a => a.StartedAt)).TotalMinutes:F1} min of dialing, last result {(attempts.Max(a => a.ResultAt ?? a.StartedAt) - attempts.Min(a => a.StartedAt)).TotalMinutes:F1} min after the first dial";
        return
        [
            new(name, $"steady 1-minute schedule while the dialer runs ({contacts} contacts, {CallResultsSeeds.AttemptsPerMinute} attempts/min): exact delivery", check.Measured, check.Target, check.Exact),
            new(name, "runs until all were Tasks / emulated time / real time", string.Create(CultureInfo.InvariantCulture, $"{runs} runs, {runs * interval / 60:F0} emulated min ({dialing}), {wall.Elapsed.TotalSeconds:F0} s real"), "-", null),
            new(name, "lag, conversation end -> its Task created (agent calls logged at hang-up): max / p95 / p50", Seconds(fromEnd), $"max <= {interval:F0} s (one schedule interval; a run takes no emulated time)", lagFromEndMet),
            new(name, "lag, conversation result (end, or end of the agent's after-call work) -> its Task's last write: max / p95 / p50", Seconds(fromResult), $"max <= {interval:F0} s", lagMet),
            new(name, "Tasks written at hang-up and updated with the wrap-up", string.Create(CultureInfo.InvariantCulture, $"{atHangUp} of {tasks.Count}"), "-", null),
            new(name, "one delivery tick: real duration of a run, max / p95 / p50", string.Create(CultureInfo.InvariantCulture, $"{runTimes.Max():F0} / {Percentiles.Of(runTimes, 95):F0} / {Percentiles.Median(runTimes):F0} ms"), "-", null),
            new(name, "detail-query pages per run: max / p50 / total (look-back 15 min re-read each run)", string.Create(CultureInfo.InvariantCulture, $"{pages.Max():F0} / {Percentiles.Median(pages):F0} / {pages.Sum():F0} pages in {runs} runs"), "-", null),
            new(name, "Genesys requests of the schedule", genesysTally.Genesys, "no read failure", failedReads == 0 && genesysTally.Failed == 0),
            new(name, "Salesforce requests of the schedule", salesforceTally.Salesforce, "-", salesforceTally.Failed == 0 ? null : false),
        ];
    }

    /// <summary>Every attempt is a Task, and none still awaits its wrap-up.</summary>
    private static bool EveryTaskFinal(SalesforceEmulator salesforce, int contacts)
    {
        var tasks = salesforce.Tasks;
        return tasks.Count >= contacts && tasks.All(t => t.GetString("CallDisposition") != AwaitingWrapUp);
    }

    private const string AwaitingWrapUp = CampaignBridge.Functions.CallResults.CallResultLabels.AwaitingWrapUp;

    private static string Seconds(List<double> values)
        => values.Count == 0 ? "none" : string.Create(CultureInfo.InvariantCulture, $"{values.Max():F1} / {Percentiles.Of(values, 95):F1} / {Percentiles.Median(values):F1} s ({values.Count} Tasks)");
}
