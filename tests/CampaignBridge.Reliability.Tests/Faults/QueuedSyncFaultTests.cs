using CampaignBridge.Reliability.Tests.Support;
using Emulators.Hosting;
using GenesysCloud.Emulator;

namespace CampaignBridge.Reliability.Tests.Faults;

/// <summary>
/// Queued contact sync (Outbound Messages -> outbox on Azurite -> FlushContactOutbox -> Genesys) under a long Genesys
/// outage and under duplicate and out-of-order deliveries. The app and the emulator share an <see cref="AcceleratedClock"/>,
/// so a 10-minute outage and the flush pauses take a few real seconds. Contacts lost and duplicated must be 0, so the
/// writes themselves run at <see cref="AcceleratedClock.IoBoundStep"/>: at full speed a loaded machine lets a write
/// that Genesys accepted outlast the (fake) attempt timeout, and the retry writes the contacts a second time.
/// </summary>
[Trait("Category", "Faults")]
public sealed class QueuedSyncFaultTests(ReliabilityRun run)
{
    private const string Suite = "Faults";
    private static readonly DateTimeOffset Start = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan TickPause = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan DrainBudget = TimeSpan.FromSeconds(30);

    // The recovery after the outage runs at the 10x step and must wait out the flush's failure pause (1 min, fake) and
    // the token back-off; on a loaded machine the stepped clock falls further behind, so it gets more real time.
    private static readonly TimeSpan RecoveryBudget = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task A_ten_minute_Genesys_outage_during_a_queued_sync_loses_and_duplicates_no_contact()
    {
        await using var clock = new AcceleratedClock(Start);
        await using var host = await ReliabilityHost.StartAsync(run, new HostOptions { Time = clock.Time, UseStorage = true });
        var tally = new CallTally();
        host.Emulator.Faults.TokenOutageStatus = 503;
        host.Emulator.Faults.Add(new FaultRule { PathPrefix = "/api/v2", Status = 503 });

        for (var batch = 0; batch < 5; batch++)
        {
            tally.Add(await host.DeliverAsync(OutboundMessages.Build(Enumerable.Range(batch * 100, 100), batch, "v1")));
        }

        var outageEnds = clock.Time.GetUtcNow() + TimeSpan.FromMinutes(10);
        var outageTicks = await host.FlushUntilAsync(() => Task.FromResult(clock.Time.GetUtcNow() >= outageEnds), DrainBudget, TickPause);
        var queuedAfterOutage = await host.QueueLengthAsync();
        var writesDuringOutage = host.AcceptedContactWrites().Count;
        clock.Step = AcceleratedClock.IoBoundStep;
        host.Emulator.Faults.ClearAll();
        var recoveryTicks = await host.FlushUntilAsync(
            async () => host.Emulator.ContactsIn(ReliabilityHost.ContactListId).Count == 500 && await host.QueueLengthAsync() == 0, RecoveryBudget, TickPause);

        var contacts = host.Emulator.ContactsIn(ReliabilityHost.ContactListId);
        var writes = host.AcceptedContactWrites();
        var lost = Enumerable.Range(0, 500).Count(i => !contacts.ContainsKey(OutboundMessages.RecordId(i)));
        var duplicated = writes.Count - writes.Distinct(StringComparer.Ordinal).Count();
        run.Record(tally.Figures(Suite, "Genesys down for 10 minutes (token + API 503) during a queued sync of 500 contacts", host.UpstreamCalls,
            $"{outageTicks} flush ticks during the outage, {recoveryTicks} after; {queuedAfterOutage} messages still queued when it ended; poison queue {await host.QueueLengthAsync(poison: true)}.",
            lost, duplicated));

        tally.Succeeded.ShouldBe(5);
        writesDuringOutage.ShouldBe(0);
        queuedAfterOutage.ShouldBe(5);
        lost.ShouldBe(0);
        duplicated.ShouldBe(0);
        contacts[OutboundMessages.RecordId(123)].Data["LastName"].ShouldBe("Last123-v1");
        (await host.QueueLengthAsync()).ShouldBe(0);
        (await host.QueueLengthAsync(poison: true)).ShouldBe(0);
    }

    [Fact]
    public async Task The_same_Outbound_Message_delivered_three_times_writes_each_contact_once()
    {
        await using var clock = new AcceleratedClock(Start, AcceleratedClock.IoBoundStep);
        await using var host = await ReliabilityHost.StartAsync(run, new HostOptions { Time = clock.Time, UseStorage = true });
        var tally = new CallTally();
        var message = OutboundMessages.Build(Enumerable.Range(0, 100), batch: 1, "v1");

        for (var delivery = 0; delivery < 3; delivery++)
        {
            tally.Add(await host.DeliverAsync(message));
        }

        var ticks = await host.FlushUntilAsync(
            async () => host.Emulator.ContactsIn(ReliabilityHost.ContactListId).Count == 100 && await host.QueueLengthAsync() == 0, DrainBudget, TickPause);
        await host.FlushAsync();

        var writes = host.AcceptedContactWrites();
        var lost = Enumerable.Range(0, 100).Count(i => !host.Emulator.ContactsIn(ReliabilityHost.ContactListId).ContainsKey(OutboundMessages.RecordId(i)));
        var duplicated = writes.Count - writes.Distinct(StringComparer.Ordinal).Count();
        run.Record(tally.Figures(Suite, "One 100-notification Outbound Message delivered 3 times", host.UpstreamCalls,
            $"All 3 deliveries acknowledged; {writes.Count} contact writes accepted by Genesys in {ticks + 1} flush ticks.", lost, duplicated));

        tally.Succeeded.ShouldBe(3);
        lost.ShouldBe(0);
        duplicated.ShouldBe(0);
        writes.Count.ShouldBe(100);
    }

    [Fact]
    public async Task Out_of_order_Outbound_Messages_lose_and_duplicate_nothing_and_the_newer_record_wins()
    {
        await using var clock = new AcceleratedClock(Start, AcceleratedClock.IoBoundStep);
        await using var host = await ReliabilityHost.StartAsync(run, new HostOptions { Time = clock.Time, UseStorage = true });
        var tally = new CallTally();
        var v1ModifiedAt = OutboundMessages.DefaultModifiedAt;
        var v2ModifiedAt = v1ModifiedAt + TimeSpan.FromSeconds(4);

        // Salesforce made the v1 change first and the v2 change after it (SystemModstamp says so), but the v2 message
        // arrives first (v1 was being retried).
        tally.Add(await host.DeliverAsync(OutboundMessages.Build(Enumerable.Range(0, 100), batch: 3, "v2", modifiedAt: v2ModifiedAt)));
        tally.Add(await host.DeliverAsync(OutboundMessages.Build(Enumerable.Range(0, 100), batch: 2, "v1", modifiedAt: v1ModifiedAt)));
        var ticks = await host.FlushUntilAsync(
            async () => host.Emulator.ContactsIn(ReliabilityHost.ContactListId).Count == 100 && await host.QueueLengthAsync() == 0, DrainBudget, TickPause);

        var contacts = host.Emulator.ContactsIn(ReliabilityHost.ContactListId);
        var writes = host.AcceptedContactWrites();
        var lost = Enumerable.Range(0, 100).Count(i => !contacts.ContainsKey(OutboundMessages.RecordId(i)));
        var duplicated = writes.Count - writes.Distinct(StringComparer.Ordinal).Count();
        var newer = contacts.Values.Count(c => c.Data["LastName"].EndsWith("-v2", StringComparison.Ordinal));
        run.Record(tally.Figures(Suite, "Two Outbound Messages for the same 100 contacts arriving out of order (newer first)", host.UpstreamCalls,
            $"Merged in one flush ({ticks} ticks): {writes.Count} writes; contacts holding the newer (v2) values: {newer}/100 (the later SystemModstamp wins, not the later arrival).",
            lost, duplicated));

        tally.Succeeded.ShouldBe(2);
        lost.ShouldBe(0);
        duplicated.ShouldBe(0);
        contacts.Count.ShouldBe(100);
        writes.Count.ShouldBe(100, "the two updates of each contact are merged into one write");
        newer.ShouldBe(100, "every contact keeps the values of its newest record");
    }
}
