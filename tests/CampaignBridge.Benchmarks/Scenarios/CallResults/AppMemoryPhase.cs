using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CampaignBridge.Benchmarks.Harness;
using CampaignBridge.Testing.Storage;
using Microsoft.Extensions.Time.Testing;

namespace CampaignBridge.Benchmarks.Scenarios.CallResults;

/// <summary>
/// The bulk read without a mapping and the app's memory for it: both emulators run as their own processes (seed files
/// written here), so this process holds only the app. The Genesys emulator's clock is jumped an hour ahead, so its dialer places every
/// attempt and they are all final and older than the look-back; the app runs on a fake clock set to the emulator's time.
/// </summary>
internal static class AppMemoryPhase
{
    private const int MaxRuns = 5;

    public static async Task<IReadOnlyList<ScenarioResult>> RunAsync(int contacts)
    {
        var name = CallResultsScenario.Name;
        var folder = Directory.CreateTempSubdirectory("cb-call-results-");
        try
        {
            var genesysSeed = Path.Combine(folder.FullName, "genesys.json");
            var salesforceSeed = Path.Combine(folder.FullName, "salesforce.json");
            await File.WriteAllTextAsync(genesysSeed, CallResultsSeeds.Genesys(contacts).ToJson());
            await File.WriteAllTextAsync(salesforceSeed, CallResultsSeeds.Salesforce(contacts, members: false).ToJson());

            await using var azurite = await AzuriteProcess.StartAsync();
            await using var genesys = await EmulatorProcess.StartAsync(EmulatorProcess.Genesys, "--seed", genesysSeed);
            await using var salesforce = await EmulatorProcess.StartAsync(EmulatorProcess.Salesforce, "--seed", salesforceSeed);
            var clock = await genesys.PostAdminAsync("__emulator/clock", new { advanceSeconds = TimeSpan.FromHours(1).TotalSeconds });
            var time = new FakeTimeProvider(DateTimeOffset.Parse(clock.GetProperty("now").GetString()!, CultureInfo.InvariantCulture));
            await using var app = WayBackApp.Build(genesys.BaseUrl, salesforce.BaseUrl, azurite.ConnectionString, time, mapping: false);

            GC.Collect();
            var baseline = GC.GetTotalMemory(forceFullCollection: true);
            var workingSetBefore = Environment.WorkingSet;
            using var memory = new PeakMemorySampler();
            var wall = Stopwatch.StartNew();
            var runs = await WayBackApp.RunUntilDeliveredAsync(app, time, contacts, MaxRuns);
            wall.Stop();
            var peak = memory.PeakBytes;
            var peakAfterGc = memory.PeakAfterGcBytes;
            var peakWorkingSet = memory.PeakWorkingSetBytes;
            memory.Dispose();

            // Read back after the measurement, as streams.
            var dialer = await genesys.GetAdminAsync($"__emulator/dialer?campaignId={CallResultsSeeds.CampaignId}");
            var attempts = dialer.GetProperty("campaigns").EnumerateArray()
                .SelectMany(c => c.GetProperty("attempts").EnumerateArray())
                .Select(a => a.GetProperty("conversationId").GetString()!)
                .ToList();

            var tasks = new List<string?>();
            await foreach (var task in salesforce.ReadArrayAsync<JsonElement>("__emulator/records/Task"))
            {
                tasks.Add(task.GetProperty("fields").TryGetProperty(DeliveryCheck.ConversationIdField, out var id) ? id.GetString() : null);
            }

            var check = DeliveryCheck.Of(tasks, attempts);
            var genesysTally = RequestTally.Of(await genesys.RequestsAsync());
            var salesforceTally = RequestTally.Of(await salesforce.RequestsAsync());
            const string label = "no mapping, emulators out of process";
            return
            [
                .. BulkReadFigures.Read(label, check, runs, wall.Elapsed, genesysTally, contacts),
                .. BulkReadFigures.WritesWithoutMapping(salesforceTally, contacts),
                new(name, $"app: peak managed heap during the runs (GC.GetTotalMemory), {contacts} attempts", $"{Mb(peak)} (idle before: {Mb(baseline)})", "-", null),
                new(name, "app: peak heap size left by a GC (close to the live set)", Mb(peakAfterGc), "-", null),
                new(name, "app: peak working set of the process", $"{Mb(peakWorkingSet)} (before: {Mb(workingSetBefore)})", "-", null),
            ];
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:F0} MB");
}
