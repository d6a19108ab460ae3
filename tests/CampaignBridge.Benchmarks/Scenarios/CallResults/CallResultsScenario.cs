using CampaignBridge.Testing.Storage;
using GenesysCloud.Emulator;
using Microsoft.Extensions.Time.Testing;

namespace CampaignBridge.Benchmarks.Scenarios.CallResults;

/// <summary>
/// Scenario 11 (issue 14, the way back): Leads dialed once each by a followed campaign on the Genesys emulator's dialer,
/// read by <c>SyncCallResults</c> (<see cref="Functions.CallResults.CallResultsRun"/> from the real container) and written
/// as Tasks into the Salesforce emulator, in three phases:
/// <list type="number">
/// <item><see cref="AppMemoryPhase"/>: <c>n</c> attempts read without a mapping once every conversation is final and
/// older than the look-back, both emulators out of process (pages against ceil(n/100), write requests against
/// ceil(n/200), the app's memory);</item>
/// <item><see cref="SteadySchedulePhase"/>: <c>steady</c> contacts, a run per emulated minute while the dialer dials
/// (lag, pages per run);</item>
/// <item><see cref="MappingReadPhase"/>: the bulk read of <c>n</c> attempts with the CampaignMember/DoNotCall mapping (what it adds).</item>
/// </list>
/// The steady phase has its own size because the emulator's detail query builds and sorts every conversation for each
/// page, and a steady run re-reads the 15-minute look-back: its real time grows with the square of the size.
/// Phases 2 and 3 each have their own in-process Genesys emulator, fake clock, app storage and Salesforce org.
/// </summary>
internal static class CallResultsScenario
{
    public const string Name = "11 call results";

    /// <summary>Emulated minutes the steady schedule may take at most (the dialing takes n / 600 minutes, talk and after-call work up to 11 more).</summary>
    private const int MaxSteadyRuns = 60;

    private static readonly DateTimeOffset Start = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);

    public static async Task<IReadOnlyList<ScenarioResult>> RunAsync(int contacts, int steadyContacts)
    {
        var results = new List<ScenarioResult>();
        results.AddRange(await AppMemoryPhase.RunAsync(contacts));

        await using var azurite = await AzuriteProcess.StartAsync();
        var steadyTime = new FakeTimeProvider(Start);
        await using (var genesys = await GenesysCloudEmulator.StartAsync(CallResultsSeeds.Genesys(steadyContacts), steadyTime))
        {
            results.AddRange(await SteadySchedulePhase.RunAsync(genesys, steadyTime, azurite.ConnectionString, steadyContacts, MaxSteadyRuns));
        }

        var time = new FakeTimeProvider(Start);
        await using var dialed = await GenesysCloudEmulator.StartAsync(CallResultsSeeds.Genesys(contacts), time);
        await DialEveryContactAsync(dialed, time, contacts);
        results.AddRange(await MappingReadPhase.RunAsync(dialed, time, azurite.ConnectionString, contacts));
        return results;
    }

    /// <summary>
    /// Moves the clock a minute at a time (the dialer paces itself by it) until every contact has a final attempt, then
    /// past the look-back with a margin, so that every conversation is final and older than the look-back.
    /// </summary>
    private static async Task DialEveryContactAsync(GenesysCloudEmulator genesys, FakeTimeProvider time, int contacts)
    {
        var limit = TimeSpan.FromMinutes(contacts / (double)CallResultsSeeds.AttemptsPerMinute + 60);
        var elapsed = TimeSpan.Zero;
        while (genesys.Dialer.Attempts.Count(a => a.ResultAt is not null) < contacts)
        {
            if (elapsed >= limit)
            {
                throw new InvalidOperationException($"The dialer did not finish {contacts} contacts in {limit.TotalMinutes:F0} emulated minutes.");
            }

            time.Advance(TimeSpan.FromMinutes(1));
            elapsed += TimeSpan.FromMinutes(1);
            await Task.Yield();
        }

        var lastResult = genesys.Dialer.Attempts.Max(a => a.ResultAt!.Value);
        var readAt = lastResult + Functions.CallResults.CallResultsOptions.DefaultLookBack + TimeSpan.FromMinutes(1);
        if (readAt > time.GetUtcNow())
        {
            time.SetUtcNow(readAt);
        }
    }
}
