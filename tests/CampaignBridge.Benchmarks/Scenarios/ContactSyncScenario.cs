using System.Diagnostics;
using System.Globalization;
using CampaignBridge.Benchmarks.Harness;
using CampaignBridge.Functions.ContactSync;
using CampaignBridge.Functions.Outbox;
using CampaignBridge.Genesys;
using CampaignBridge.Testing.Storage;
using GenesysCloud.Emulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CampaignBridge.Benchmarks.Scenarios;

/// <summary>
/// Scenario 5: contacts queued in the outbox (Azurite) and drained by <see cref="ContactOutboxFlusher"/> into the
/// emulator with its per-token rate limit ON. Time is scaled with one <see cref="FakeTimeProvider"/> shared by the
/// app and the emulator: ticks run back to back, and the clock jumps only by the schedule interval between ticks
/// and to the end of a pause the flusher sets after a 429. The rate-limit bound is 1000 contacts x the requests
/// the limit allows in the fake minutes the drain took (whole windows, counted from the first request).
/// </summary>
internal static class ContactSyncScenario
{
    public const string Name = "5 contact sync";

    private const int ContactsPerOperation = 10_000;
    private static readonly TimeSpan RealTimeBudget = TimeSpan.FromMinutes(4);

    public static async Task<IReadOnlyList<ScenarioResult>> RunAsync(int contacts, int rateLimitPerMinute, int? maxMessagesPerTick, TimeSpan tickInterval, int maxTicks)
    {
        var label = $"{contacts} contacts, limit {rateLimitPerMinute}/min, {(maxMessagesPerTick?.ToString(CultureInfo.InvariantCulture) ?? "default 320")} msgs/tick, ticks every {tickInterval.TotalSeconds:F0} s (fake)";
        await using var azurite = await AzuriteProcess.StartAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
        var seed = EmulatorSeed.Default;
        seed.Settings.RateLimitPerMinute = rateLimitPerMinute;
        await using var emulator = await GenesysCloudEmulator.StartAsync(seed, time);

        var settings = AppContainer.Settings(emulator.BaseUrl, azurite.ConnectionString);
        if (maxMessagesPerTick is { } perTick)
        {
            settings["ContactSync:MaxMessagesPerTick"] = perTick.ToString(CultureInfo.InvariantCulture);
        }

        await using var app = AppContainer.Build(settings, services =>
        {
            services.AddSingleton<TimeProvider>(time);

            // The flusher owns retries (pause + release); the client's own waits would run on the fake clock.
            services.PostConfigure<GenesysClientOptions>(options =>
            {
                options.RateLimitRetries = 0;
                options.TransientRetries = 0;
            });
        });

        using var memory = new PeakMemorySampler();
        var outbox = app.Get<IContactOutbox>();
        var enqueue = Stopwatch.StartNew();
        for (var first = 0; first < contacts; first += ContactsPerOperation)
        {
            var batch = Enumerable.Range(first, Math.Min(ContactsPerOperation, contacts - first)).Select(Contact).ToList();
            await outbox.EnqueueAsync(new ContactSyncRequest(EmulatorClients.ContactListId, batch, QueuedWriteOptions.Default, [], ContactSyncSources.UpsertContacts), CancellationToken.None);
        }

        enqueue.Stop();

        var flusher = app.Get<ContactOutboxFlusher>();
        var drain = Stopwatch.StartNew();
        var fakeStart = time.GetUtcNow();
        int ticks = 0, accepted = 0, contactsSent = 0, pauses = 0;
        while (ticks < maxTicks && drain.Elapsed < RealTimeBudget)
        {
            // The loop reads nothing from the emulator: copying its 100,000 contacts each tick would inflate the heap peak.
            var result = await flusher.FlushAsync(CancellationToken.None);
            ticks++;
            if (result.Received == 0 && result.PausedUntil is null)
            {
                break;
            }

            accepted += result.Requests;
            contactsSent += result.ItemsDelivered;
            if (result.PausedUntil is { } until && until > time.GetUtcNow())
            {
                pauses++;
                time.SetUtcNow(until);
            }
            else if (tickInterval > TimeSpan.Zero)
            {
                time.Advance(tickInterval);
            }
        }

        drain.Stop();
        var peakWhole = memory.PeakBytes;
        var stored = emulator.ContactsIn(EmulatorClients.ContactListId).Count;
        var adds = emulator.Requests.Where(r => r.Method == "POST" && r.Path.EndsWith("/contacts", StringComparison.Ordinal)).ToList();
        var added = adds.Count(r => r.StatusCode == 200);
        var limited = adds.Count(r => r.StatusCode == 429);
        var firstRequest = adds.Count > 0 ? adds.Min(r => r.Timestamp) : fakeStart;
        var lastAccepted = adds.Where(r => r.StatusCode == 200).Select(r => r.Timestamp).DefaultIfEmpty(fakeStart).Max();
        var windows = Math.Max(1, (int)Math.Ceiling((lastAccepted - firstRequest).TotalMinutes + 1e-9));
        var bound = 1000.0 * rateLimitPerMinute * windows;
        var share = stored / bound;
        var maxRequests = (int)Math.Ceiling(contacts / 1000.0);

        return
        [
            new(Name, $"contacts in Genesys after the drain ({label})", $"{stored}/{contacts}", $"{contacts}/{contacts}", stored == contacts),
            new(Name, "share of the rate-limit bound (contacts / (1000 x limit x fake minutes used))", $"{share:P1} ({stored} / {bound:F0}, {windows} window(s))", ">= 95%", stored == contacts && share >= 0.95),
            new(Name, "accepted add-contacts requests", added.ToString(CultureInfo.InvariantCulture), $"<= {maxRequests}", added <= maxRequests),
            new(Name, "429 answers / flusher pauses / ticks", $"{limited} / {pauses} / {ticks}", "-", null),
            new(Name, "contacts sent in accepted requests (re-sent = duplicates of earlier deliveries)", $"{contactsSent} (re-sent {Math.Max(0, contactsSent - stored)})", "-", null),
            new(Name, "peak managed heap during enqueue + drain (whole process: app, emulator state, its request log)", $"{peakWhole / 1024.0 / 1024.0:F0} MB", "- (context: the app-only figure is the out-of-process run)", null),
            new(Name, "real time: enqueue / drain", $"{enqueue.Elapsed.TotalSeconds:F1} s / {drain.Elapsed.TotalSeconds:F1} s", "-", null),
        ];
    }

    /// <summary>
    /// The same drain at production settings (Genesys' 300 requests/minute, default flusher limits, system clock)
    /// with the emulator in its own process, so the managed heap measured here is the app's alone.
    /// </summary>
    public static async Task<IReadOnlyList<ScenarioResult>> RunOutOfProcessAsync(int contacts, int? maxMessagesPerTick, int maxTicks)
    {
        var label = $"{contacts} contacts, emulator out of process at its default 300/min, {(maxMessagesPerTick?.ToString(CultureInfo.InvariantCulture) ?? "default 320")} msgs/tick, system clock";
        await using var azurite = await AzuriteProcess.StartAsync();
        await using var emulator = await EmulatorProcess.StartAsync();
        var settings = AppContainer.Settings(emulator.BaseUrl, azurite.ConnectionString);
        if (maxMessagesPerTick is { } perTick)
        {
            settings["ContactSync:MaxMessagesPerTick"] = perTick.ToString(CultureInfo.InvariantCulture);
        }

        await using var app = AppContainer.Build(settings);

        GC.Collect();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        using var memory = new PeakMemorySampler();
        var outbox = app.Get<IContactOutbox>();
        var enqueue = Stopwatch.StartNew();
        for (var first = 0; first < contacts; first += ContactsPerOperation)
        {
            var batch = Enumerable.Range(first, Math.Min(ContactsPerOperation, contacts - first)).Select(Contact).ToList();
            await outbox.EnqueueAsync(new ContactSyncRequest(EmulatorClients.ContactListId, batch, QueuedWriteOptions.Default, [], ContactSyncSources.UpsertContacts), CancellationToken.None);
        }

        enqueue.Stop();
        var flusher = app.Get<ContactOutboxFlusher>();
        var drain = Stopwatch.StartNew();
        int ticks = 0, contactsSent = 0;
        string? pause = null;
        while (ticks < maxTicks && drain.Elapsed < RealTimeBudget)
        {
            // Nothing is read from the emulator during the drain (its answers would be large strings in this heap).
            var result = await flusher.FlushAsync(CancellationToken.None);
            ticks++;
            contactsSent += result.ItemsDelivered;
            if (result.Received == 0 && result.PausedUntil is null)
            {
                break;
            }

            if (result.PausedUntil is not null)
            {
                pause = result.PauseReason;
                break;
            }
        }

        drain.Stop();
        var peak = memory.PeakBytes;
        var peakAfterGc = memory.PeakAfterGcBytes;
        memory.Dispose();

        // Whatever is still reachable once the container is gone is held by something outside it (a static or a timer).
        await app.DisposeAsync();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        var retained = GC.GetTotalMemory(forceFullCollection: true);
        var generations = GC.GetGCMemoryInfo(GCKind.FullBlocking).GenerationInfo;
        var largeObjects = generations.Length > 3 ? generations[3].SizeAfterBytes : 0;
        var stored = await emulator.ContactCountAsync(EmulatorClients.ContactListId);
        var adds = (await emulator.RequestsAsync()).Where(r => r.Method == "POST" && r.Path.EndsWith("/contacts", StringComparison.Ordinal)).ToList();
        var added = adds.Count(r => r.Status == 200);
        var maxRequests = (int)Math.Ceiling(contacts / 1000.0);
        return
        [
            new(Name, $"contacts in Genesys after the drain ({label})", $"{stored}/{contacts}", $"{contacts}/{contacts}", stored == contacts),
            new(Name, "accepted add-contacts requests (out of process)", added.ToString(CultureInfo.InvariantCulture), $"<= {maxRequests}", added <= maxRequests),
            new(Name, "429 answers / flush ticks / pause", $"{adds.Count(r => r.Status == 429)} / {ticks} / {pause ?? "none"}", "-", null),
            new(Name, "contacts sent in accepted requests", contactsSent.ToString(CultureInfo.InvariantCulture), "-", null),
            new(Name, "peak managed heap of the app process during enqueue + drain (emulator out of process)", $"{peak / 1024.0 / 1024.0:F0} MB (idle before: {baseline / 1024.0 / 1024.0:F1} MB)", "< 150 MB", peak < 150L * 1024 * 1024),
            new(Name, "peak heap size left by a GC (close to the live set), same run", $"{peakAfterGc / 1024.0 / 1024.0:F0} MB", "< 150 MB", peakAfterGc < 150L * 1024 * 1024),
            new(Name, "managed heap still reachable after the container was disposed (full GC)", $"{retained / 1024.0 / 1024.0:F1} MB (large object heap {largeObjects / 1024.0 / 1024.0:F1} MB)", "-", null),
            new(Name, "real time: enqueue / drain (out of process)", $"{enqueue.Elapsed.TotalSeconds:F1} s / {drain.Elapsed.TotalSeconds:F1} s", "-", null),
        ];
    }

    private static QueuedContact Contact(int index)
    {
        var digits = index.ToString("D8", CultureInfo.InvariantCulture);
        return new QueuedContact($"0031I{digits}AAA", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["FirstName"] = $"First{index}",
            ["LastName"] = $"Last{index}",
            ["Phone"] = $"+1650{(index % 10_000_000).ToString("D7", CultureInfo.InvariantCulture)}",
            ["Email"] = $"contact{index}@example.com",
        });
    }
}
