using System.Globalization;
using CampaignBridge.Functions.CallResults;

namespace CampaignBridge.Benchmarks.Scenarios.CallResults;

/// <summary>
/// The rows every bulk read reports (a read after all conversations are final and older than the look-back), wherever
/// its emulators run: exact delivery, runs, Genesys pages against ceil(n/100) and, without a mapping, the Task write
/// requests against ceil(n/200) (sObject Collections takes 200 records a request).
/// </summary>
internal static class BulkReadFigures
{
    /// <remarks>
    /// The page target is judged on the runs until every conversation was read: a later run (needed when the delivery
    /// took more than one tick) reads one more page, as every scheduled run does, and is shown apart.
    /// </remarks>
    public static IEnumerable<ScenarioResult> Read(string label, DeliveryCheck check, IReadOnlyList<CallResultsRunResult> runs, TimeSpan wall, RequestTally genesys, int contacts)
    {
        var name = CallResultsScenario.Name;
        var maxPages = (int)Math.Ceiling(contacts / 100.0);
        var readingPages = 0;
        var read = 0;
        foreach (var run in runs)
        {
            if (read >= contacts)
            {
                break;
            }

            readingPages += run.Read.Pages;
            read += run.Read.Queued;
        }

        var perRun = string.Join("; ", runs.Select((r, i) => string.Create(CultureInfo.InvariantCulture,
            $"run {i + 1}: {r.Read.Pages} pages, {r.Read.Queued} queued, {r.Delivered.ItemsDelivered} delivered in {r.Delivered.Requests} requests")));
        yield return new(name, $"read after all {contacts} conversations are final and older than the look-back, {label}: exact delivery", check.Measured, check.Target, check.Exact);
        yield return new(name, $"runs / real time ({label})", string.Create(CultureInfo.InvariantCulture, $"{perRun}; {wall.TotalSeconds:F1} s"), "-", null);
        yield return new(name, $"Genesys detail-query pages until every conversation was read ({label})",
            string.Create(CultureInfo.InvariantCulture, $"{readingPages} ({genesys.DetailQueryPages} in all runs)"), $"<= {maxPages} (ceil(n/100)) + wrap-up lookups", readingPages <= maxPages);
        yield return new(name, $"Genesys requests in all ({label})", genesys.Genesys, "no failure", genesys.Failed == 0);
    }

    public static IEnumerable<ScenarioResult> WritesWithoutMapping(RequestTally salesforce, int contacts)
    {
        var name = CallResultsScenario.Name;
        var maxWrites = (int)Math.Ceiling(contacts / 200.0);
        yield return new(name, "Salesforce sObject Collections write requests for the Tasks (no mapping)", salesforce.TaskUpserts.ToString(CultureInfo.InvariantCulture),
            $"<= {maxWrites} (ceil(n/200))", salesforce.TaskUpserts <= maxWrites && salesforce.RecordUpdates == 0);
        yield return new(name, "Salesforce requests in all (no mapping)", salesforce.Salesforce, "no failure", salesforce.Failed == 0);
    }
}
