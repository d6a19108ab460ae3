using System.Diagnostics;
using System.Globalization;
using GenesysCloud.Emulator;
using Microsoft.Extensions.Time.Testing;
using Salesforce.Emulator;

namespace CampaignBridge.Benchmarks.Scenarios.CallResults;

/// <summary>
/// The way back reading a finished campaign with the CampaignMember/DoNotCall mapping on: every conversation final and
/// older than the look-back, a new app (its own storage, so nothing was read before) and a new Salesforce org whose
/// Leads are members of the Salesforce campaign, runs a minute apart until every attempt is a Task. Counts the Genesys
/// pages against issue 14's bound and what the mapping adds to the Task writes (the same read without the mapping is
/// <see cref="AppMemoryPhase"/>'s).
/// </summary>
internal static class MappingReadPhase
{
    private const int MaxRuns = 5;

    public static async Task<IReadOnlyList<ScenarioResult>> RunAsync(GenesysCloudEmulator genesys, FakeTimeProvider time, string storage, int contacts)
    {
        var name = CallResultsScenario.Name;
        const string label = "with mapping (4 member statuses, Do not call -> DoNotCall + DNC list)";
        await using var salesforce = await SalesforceEmulator.StartAsync(CallResultsSeeds.Salesforce(contacts, members: true), time);
        await using var app = WayBackApp.Build(genesys.BaseUrl, salesforce.BaseUrl, storage, time, mapping: true);

        var genesysBefore = genesys.Requests.Count;
        var wall = Stopwatch.StartNew();
        var runs = await WayBackApp.RunUntilDeliveredAsync(app, time, contacts, MaxRuns);
        wall.Stop();
        var attempts = genesys.Dialer.Attempts;
        var check = DeliveryCheck.Of([.. salesforce.Tasks.Select(t => t.GetString(DeliveryCheck.ConversationIdField))], [.. attempts.Select(a => a.ConversationId)]);
        var genesysTally = RequestTally.Of(genesys.Requests.Skip(genesysBefore).Select(r => (r.Method, r.Path, r.StatusCode)));
        var salesforceTally = RequestTally.Of(salesforce.Requests.Select(r => (r.Method, r.Path, r.StatusCode)));
        var results = new List<ScenarioResult>(BulkReadFigures.Read(label, check, runs, wall.Elapsed, genesysTally, contacts));
        var doNotCall = attempts.Count(a => string.Equals(a.WrapUpCodeName, "Do not call", StringComparison.OrdinalIgnoreCase));
        var marked = salesforce.Leads.Count(l => l.GetBoolean("DoNotCall") && l.Id.StartsWith(CallResultsSeeds.LeadIdPrefix, StringComparison.Ordinal));
        var changed = salesforce.CampaignMembers.Count(m => m.GetString("LeadId") is { } lead && lead.StartsWith(CallResultsSeeds.LeadIdPrefix, StringComparison.Ordinal)
            && m.GetString("Status") is { } status && status != "Sent");
        var mapped = attempts.Count(a => a.WrapUpCodeName is "Do not call" or "Not interested" or "Sale" or "Callback");
        results.Add(new(name, "Salesforce requests with the mapping (Task upserts + what the mapping adds)", salesforceTally.Salesforce, "-", salesforceTally.Failed == 0 ? null : false));
        results.Add(new(name, "what the mapping adds to the Task upserts", string.Create(CultureInfo.InvariantCulture,
            $"+{salesforceTally.RecordUpdates + salesforceTally.MemberQueries} Salesforce requests ({salesforceTally.MemberQueries} CampaignMember queries, {salesforceTally.RecordUpdates} updates of DoNotCall/Status), +{genesysTally.DncAdds} Genesys DNC adds"), "-", null));
        results.Add(new(name, "mapped outcomes applied: Leads DoNotCall / members whose status changed", $"{marked} of {doNotCall} Do-not-call attempts / {changed} of {mapped} mapped attempts",
            "all", marked == doNotCall && changed == mapped));

        return results;
    }
}
