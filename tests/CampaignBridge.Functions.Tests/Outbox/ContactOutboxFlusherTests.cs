using System.Text.Json;
using CampaignBridge.Functions.ContactSync;
using CampaignBridge.Functions.Outbox;
using CampaignBridge.Functions.Tests.Outbox.Support;
using CampaignBridge.Genesys;
using GenesysCloud.Emulator;
using Microsoft.Extensions.Time.Testing;

namespace CampaignBridge.Functions.Tests.Outbox;

public sealed class ContactOutboxFlusherTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string ContactsPath = "/api/v2/outbound/contactlists";

    private OutboxTestHost _host = null!;

    private GenesysCloudEmulator Emulator => _host.Emulator;

    public async ValueTask InitializeAsync() => _host = await OutboxTestHost.StartAsync(azurite.ConnectionString);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private ContactOutboxFlusher Flusher => _host.Get<ContactOutboxFlusher>();

    private IContactOutbox Outbox => _host.Get<IContactOutbox>();

    [Fact]
    public async Task Queued_writes_are_merged_per_contact_list_last_write_wins_and_sent_1000_per_request()
    {
        var first = await EnqueueAsync(Contacts(0, 1500, "v1"));
        _host.Time.Advance(TimeSpan.FromMilliseconds(10));
        var second = await EnqueueAsync(Contacts(1000, 1000, "v2"));

        var result = await Flusher.FlushAsync(TestContext.Current.CancellationToken);

        result.ItemsDelivered.ShouldBe(2000, "1500 + 1000 writes touch 2000 distinct contacts");
        result.Requests.ShouldBe(2);
        result.Poisoned.ShouldBe(0);
        result.Delivered.ShouldBe(first.Parts + second.Parts);
        AddContactRequestSizes().ShouldBe([1000, 1000]);
        var contacts = Emulator.ContactsIn(OutboxTestHost.ContactListId);
        contacts.Count.ShouldBe(2000);
        contacts[Id(999)].Data["LastName"].ShouldBe("v1");
        contacts[Id(1000)].Data["LastName"].ShouldBe("v2", "the later write wins");
        contacts[Id(1499)].Data["LastName"].ShouldBe("v2");
        (await OutboxTestHost.QueueLengthAsync(_host.Storage.Queue)).ShouldBe(0);
        (await OperationAsync(first)).Status.ShouldBe(OperationStatus.Delivered);
        (await OperationAsync(second)).Delivered.ShouldBe(1000);
    }

    [Fact]
    public async Task A_genesys_outage_during_a_flush_loses_nothing_and_everything_arrives_after_recovery()
    {
        var queued = await EnqueueAsync(Contacts(0, 300, "x"));
        Emulator.Faults.Add(ContactsPath, 503);

        var failed = await Flusher.FlushAsync(TestContext.Current.CancellationToken);

        failed.Delivered.ShouldBe(0);
        failed.Released.ShouldBe(queued.Parts);
        failed.PausedUntil.ShouldBe(_host.Time.GetUtcNow() + ContactOutboxOptions.DefaultFailurePause);
        failed.PauseReason.ShouldNotBeNull().ShouldContain(GenesysErrorCodes.Unavailable);
        (await OutboxTestHost.QueueLengthAsync(_host.Storage.Queue)).ShouldBe(queued.Parts);
        var during = await OperationAsync(queued);
        during.Status.ShouldBe(OperationStatus.Delivering);
        during.Failures.ShouldNotBeEmpty();
        during.Failures[0].Reason.ShouldContain(GenesysErrorCodes.Unavailable);

        var requestsBefore = Emulator.Requests.Count;
        var paused = await Flusher.FlushAsync(TestContext.Current.CancellationToken);
        paused.Received.ShouldBe(0, "the flush waits out its pause");
        Emulator.Requests.Count.ShouldBe(requestsBefore);

        Emulator.Faults.Clear();
        _host.Time.Advance(ContactOutboxOptions.DefaultFailurePause + TimeSpan.FromSeconds(1));
        var recovered = await Flusher.FlushAsync(TestContext.Current.CancellationToken);

        recovered.Delivered.ShouldBe(queued.Parts);
        Emulator.ContactsIn(OutboxTestHost.ContactListId).Count.ShouldBe(300);
        (await OutboxTestHost.QueueLengthAsync(_host.Storage.Queue)).ShouldBe(0);
        (await OutboxTestHost.QueueLengthAsync(_host.Storage.PoisonQueue)).ShouldBe(0);
        var after = await OperationAsync(queued);
        after.Status.ShouldBe(OperationStatus.Delivered);
        after.Failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_429_pauses_the_flush_until_retry_after()
    {
        var queued = await EnqueueAsync(Contacts(0, 10, "x"));
        Emulator.Faults.Add(ContactsPath, 429, retryAfterSeconds: 120);

        var limited = await Flusher.FlushAsync(TestContext.Current.CancellationToken);

        limited.Delivered.ShouldBe(0);
        limited.PausedUntil.ShouldBe(_host.Time.GetUtcNow() + TimeSpan.FromSeconds(120));
        limited.PauseReason.ShouldNotBeNull().ShouldContain(GenesysErrorCodes.RateLimited);
        Emulator.Faults.Clear();

        _host.Time.Advance(TimeSpan.FromSeconds(119));
        var requestsBefore = Emulator.Requests.Count;
        var stillPaused = await Flusher.FlushAsync(TestContext.Current.CancellationToken);
        stillPaused.Received.ShouldBe(0);
        stillPaused.PausedUntil.ShouldNotBeNull();
        Emulator.Requests.Count.ShouldBe(requestsBefore, "no Genesys call during the pause");

        _host.Time.Advance(TimeSpan.FromSeconds(2));
        var resumed = await Flusher.FlushAsync(TestContext.Current.CancellationToken);

        resumed.Delivered.ShouldBe(queued.Parts);
        resumed.PausedUntil.ShouldBeNull();
        Emulator.ContactsIn(OutboxTestHost.ContactListId).Count.ShouldBe(10);
    }

    [Fact]
    public async Task A_permanently_failing_message_reaches_the_poison_queue_and_the_operation_shows_why_while_the_others_are_delivered()
    {
        var good = await EnqueueAsync(Contacts(0, 5, "good"));
        var bad = await EnqueueAsync([new QueuedContact(Id(100), new Dictionary<string, string> { ["Nickname"] = "no such column" })]);
        var alsoGood = await EnqueueAsync(Contacts(200, 5, "good"));

        var result = await Flusher.FlushAsync(TestContext.Current.CancellationToken);

        result.Poisoned.ShouldBe(1);
        result.Delivered.ShouldBe(good.Parts + alsoGood.Parts);
        Emulator.ContactsIn(OutboxTestHost.ContactListId).Count.ShouldBe(10);
        (await OutboxTestHost.QueueLengthAsync(_host.Storage.Queue)).ShouldBe(0);
        var poison = (await OutboxTestHost.PeekAllAsync(_host.Storage.PoisonQueue)).ShouldHaveSingleItem();
        var poisoned = JsonSerializer.Deserialize(poison.Body.ToString(), ContactSyncJsonContext.Default.PoisonedDeliveryMessageContactSyncMessage).ShouldNotBeNull();
        poisoned.Reason.ShouldContain(GenesysErrorCodes.InvalidContactColumns);
        poisoned.Message.OperationId.ShouldBe(bad.OperationId.ToString());
        poisoned.Message.Contacts.ShouldHaveSingleItem().Id.ShouldBe(Id(100));

        var operation = await OperationAsync(bad);
        operation.Status.ShouldBe(OperationStatus.Failed);
        operation.Delivered.ShouldBe(0);
        operation.Failures.ShouldHaveSingleItem().Reason.ShouldContain(GenesysErrorCodes.InvalidContactColumns);
        operation.Failures[0].At.ShouldBe(_host.Time.GetUtcNow());
        (await OperationAsync(good)).Status.ShouldBe(OperationStatus.Delivered);
    }

    [Fact]
    public async Task Writes_to_a_contact_list_that_does_not_exist_are_poisoned_with_the_reason()
    {
        var queued = await EnqueueAsync(Contacts(0, 3, "x"), contactListId: "7c2e4b1a-3d5f-4e6a-8b9c-0000000000ff");

        var result = await Flusher.FlushAsync(TestContext.Current.CancellationToken);

        result.Poisoned.ShouldBe(queued.Parts);
        var operation = await OperationAsync(queued);
        operation.Status.ShouldBe(OperationStatus.Failed);
        operation.Failures.ShouldHaveSingleItem().Reason.ShouldContain(GenesysErrorCodes.NotFound);
    }

    [Fact]
    public async Task A_message_received_more_than_the_dequeue_limit_without_finishing_is_poisoned()
    {
        var queued = await EnqueueAsync(Contacts(0, 3, "x"));
        for (var crash = 0; crash < ContactOutboxOptions.DefaultMaxDequeueCount; crash++)
        {
            // A tick that took the message and died: the message reappears when its visibility timeout ends
            // (cut short here, keeping the body and the dequeue count).
            var taken = (await _host.Storage.Queue.ReceiveMessagesAsync(1, TimeSpan.FromMinutes(5), TestContext.Current.CancellationToken)).Value.ShouldHaveSingleItem();
            await _host.Storage.Queue.UpdateMessageAsync(taken.MessageId, taken.PopReceipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: TestContext.Current.CancellationToken);
        }

        var result = await Flusher.FlushAsync(TestContext.Current.CancellationToken);

        result.Poisoned.ShouldBe(1);
        result.Requests.ShouldBe(0);
        var operation = await OperationAsync(queued);
        operation.Status.ShouldBe(OperationStatus.Failed);
        operation.Failures.ShouldHaveSingleItem().Reason.ShouldContain("Given up after 6 receives");
    }

    [Fact]
    public async Task Releases_after_outages_do_not_count_toward_the_dequeue_limit()
    {
        var queued = await EnqueueAsync(Contacts(0, 3, "x"));
        Emulator.Faults.Add(ContactsPath, 503);
        for (var outage = 0; outage < ContactOutboxOptions.DefaultMaxDequeueCount + 2; outage++)
        {
            (await Flusher.FlushAsync(TestContext.Current.CancellationToken)).Released.ShouldBe(1);
            _host.Time.Advance(ContactOutboxOptions.DefaultFailurePause + TimeSpan.FromSeconds(1));
        }

        Emulator.Faults.Clear();
        var result = await Flusher.FlushAsync(TestContext.Current.CancellationToken);

        result.Poisoned.ShouldBe(0);
        result.Delivered.ShouldBe(1);
        (await OperationAsync(queued)).Status.ShouldBe(OperationStatus.Delivered);
    }

    [Fact]
    public async Task A_tick_takes_at_most_the_configured_number_of_messages()
    {
        await using var host = OutboxTestHost.Create(Emulator, azurite.ConnectionString, s => s["ContactSync:MaxMessagesPerTick"] = "40");
        var outbox = host.Get<IContactOutbox>();
        for (var i = 0; i < 45; i++)
        {
            await outbox.EnqueueAsync(Request([new QueuedContact(Id(i), Data("x"))]), TestContext.Current.CancellationToken);
        }

        host.Time.Advance(TimeSpan.FromSeconds(30));

        var first = await host.Get<ContactOutboxFlusher>().FlushAsync(TestContext.Current.CancellationToken);
        var second = await host.Get<ContactOutboxFlusher>().FlushAsync(TestContext.Current.CancellationToken);

        first.Received.ShouldBe(40);
        first.Requests.ShouldBe(1, "40 one-contact messages merge into one request");
        second.Received.ShouldBe(5);
        first.OldestMessageAge.ShouldBe(TimeSpan.FromSeconds(30), "the lag is the age of the oldest message taken");
        host.Logs.Lines.ShouldContain(l => l.Message.Contains("received 40, delivered 40, poisoned 0, released 0 messages", StringComparison.Ordinal)
            && l.Message.Contains("oldest message 30 s old", StringComparison.Ordinal)
            && l.Message.Contains("about 5 messages left", StringComparison.Ordinal));
        Emulator.ContactsIn(OutboxTestHost.ContactListId).Count.ShouldBe(45);
    }

    [Fact]
    public async Task A_backlog_larger_than_the_rate_limit_window_drains_without_resending_what_genesys_accepted()
    {
        var time = new FakeTimeProvider(OutboxTestHost.StartTime);
        await using var emulator = await StartRateLimitedEmulatorAsync(requestsPerMinute: 3, time);
        await using var host = OutboxTestHost.Create(emulator, azurite.ConnectionString, time: time);
        var outbox = host.Get<IContactOutbox>();
        var older = await outbox.EnqueueAsync(Request(Contacts(0, 6000, "v1")), TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromMilliseconds(10));
        var newer = await outbox.EnqueueAsync(Request(Contacts(5000, 2000, "v2")), TestContext.Current.CancellationToken);
        const int distinct = 7000;

        var ticks = await FlushUntilDrainedAsync(host, maxTicks: 8);

        ticks.Count.ShouldBeLessThanOrEqualTo(3, "3 requests a minute move 3000 contacts a tick: 7000 contacts need 3 ticks");
        ticks.ShouldAllBe(t => t.Delivered > 0, "every tick completes the messages Genesys fully accepted, also the ones that end in a 429");
        var writes = AddContactRequests(emulator);
        var accepted = writes.Where(w => w.StatusCode == 200).ToList();
        accepted.Count.ShouldBeLessThanOrEqualTo((distinct / ContactOutboxFlusher.MaxContactsPerRequest) + 1);
        accepted.Sum(w => w.Contacts).ShouldBe(distinct, "no contact Genesys accepted is sent again");
        writes.Count(w => w.StatusCode == 429).ShouldBeLessThanOrEqualTo(ticks.Count);
        var contacts = emulator.ContactsIn(OutboxTestHost.ContactListId);
        contacts.Count.ShouldBe(distinct);
        contacts[Id(4999)].Data["LastName"].ShouldBe("v1");
        contacts[Id(5000)].Data["LastName"].ShouldBe("v2", "the later write wins");
        contacts[Id(5999)].Data["LastName"].ShouldBe("v2");
        contacts[Id(6999)].Data["LastName"].ShouldBe("v2");
        (await OutboxTestHost.QueueLengthAsync(host.Storage.PoisonQueue)).ShouldBe(0);
        var operations = host.Get<DeliveryLane<QueuedContact, ContactSyncMessage>>().Operations;
        var olderOperation = (await operations.GetAsync(older.OperationId, TestContext.Current.CancellationToken)).ShouldNotBeNull();
        olderOperation.Status.ShouldBe(OperationStatus.Delivered);
        olderOperation.Delivered.ShouldBe(6000);
        var newerOperation = (await operations.GetAsync(newer.OperationId, TestContext.Current.CancellationToken)).ShouldNotBeNull();
        newerOperation.Status.ShouldBe(OperationStatus.Delivered);
        newerOperation.Delivered.ShouldBe(2000);
    }

    [Fact]
    public async Task A_message_put_back_after_a_429_never_overwrites_a_later_write_genesys_already_accepted()
    {
        // Merged in enqueue order the first request carries 999 filler contacts plus contact C with the later value
        // "v2"; the second request carries only contact D. One request a minute: the first is accepted, the second
        // gets a 429. The message that wrote C = "v1" together with D must come back with D alone, or the next tick
        // would write the stale "v1" over the accepted "v2".
        var time = new FakeTimeProvider(OutboxTestHost.StartTime);
        await using var emulator = await StartRateLimitedEmulatorAsync(requestsPerMinute: 1, time);
        await using var host = OutboxTestHost.Create(emulator, azurite.ConnectionString, time: time);
        var outbox = host.Get<IContactOutbox>();
        string c = Id(5000), d = Id(5001);
        await outbox.EnqueueAsync(Request(Contacts(0, 999, "filler")), TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromMilliseconds(10));
        await outbox.EnqueueAsync(Request([new QueuedContact(c, Data("v1")), new QueuedContact(d, Data("v1"))]), TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromMilliseconds(10));
        await outbox.EnqueueAsync(Request([new QueuedContact(c, Data("v2"))]), TestContext.Current.CancellationToken);

        var ticks = await FlushUntilDrainedAsync(host, maxTicks: 5);

        ticks.Count.ShouldBe(2);
        ticks[0].PausedUntil.ShouldNotBeNull("the second request of the first tick got a 429");
        var contacts = emulator.ContactsIn(OutboxTestHost.ContactListId);
        contacts.Count.ShouldBe(1001);
        contacts[c].Data["LastName"].ShouldBe("v2", "the later write wins, also across ticks");
        contacts[d].Data["LastName"].ShouldBe("v1");
        var accepted = AddContactRequests(emulator).Where(w => w.StatusCode == 200).ToList();
        accepted.Select(w => w.Contacts).ShouldBe([1000, 1], "only D is sent again");
        (await OutboxTestHost.QueueLengthAsync(host.Storage.PoisonQueue)).ShouldBe(0);
    }

    [Fact]
    public async Task A_tick_holds_at_most_the_contact_bound_so_a_large_backlog_drains_over_several_ticks()
    {
        const int backlog = 21_000;
        const int contactBound = ContactOutboxOptions.DefaultMaxContactsPerTick;
        contactBound.ShouldBe(10_000);
        ContactOutboxOptions.DefaultMaxRequestsPerTick.ShouldBe(10);
        var queued = await EnqueueAsync(Contacts(0, backlog, "x"));

        var first = await Flusher.FlushAsync(TestContext.Current.CancellationToken);

        var firstTick = AddContactRequests(Emulator);
        firstTick.Count.ShouldBeLessThanOrEqualTo(ContactOutboxOptions.DefaultMaxRequestsPerTick);
        firstTick.Sum(w => w.Contacts).ShouldBeLessThanOrEqualTo(contactBound);
        first.ItemsReceived.ShouldBeLessThanOrEqualTo(contactBound, "the tick never holds more than the contact bound");
        first.ItemsReceived.ShouldBe(first.ItemsDelivered);
        first.ItemsDelivered.ShouldBeLessThanOrEqualTo(contactBound);
        first.ItemsDelivered.ShouldBeGreaterThan(contactBound - ContactOutboxFlusher.MaxContactsPerRequest, "the bound is used, not wasted");
        first.Poisoned.ShouldBe(0);
        (await OutboxTestHost.QueueLengthAsync(_host.Storage.Queue)).ShouldBeGreaterThan(0, "the rest waits in the queue, not in memory");

        var later = await FlushUntilDrainedAsync(_host, maxTicks: 5);

        later.Count.ShouldBe(2);
        later.ShouldAllBe(t => t.ItemsReceived <= contactBound && t.Requests <= ContactOutboxOptions.DefaultMaxRequestsPerTick);
        var writes = AddContactRequests(Emulator);
        writes.ShouldAllBe(w => w.StatusCode == 200);
        writes.Sum(w => w.Contacts).ShouldBe(backlog, "each contact is sent once");
        Emulator.ContactsIn(OutboxTestHost.ContactListId).Count.ShouldBe(backlog);
        var operation = await OperationAsync(queued);
        operation.Status.ShouldBe(OperationStatus.Delivered);
        operation.Delivered.ShouldBe(backlog);
    }

    [Fact]
    public async Task A_tick_sends_at_most_the_request_bound_even_when_changing_write_options_split_few_contacts_into_many_requests()
    {
        // Alternating options cut twelve one-contact messages into twelve runs, one request each.
        const int messages = 12;
        for (var i = 0; i < messages; i++)
        {
            await Outbox.EnqueueAsync(
                new ContactSyncRequest(OutboxTestHost.ContactListId, [new QueuedContact(Id(i), Data("x"))], new QueuedWriteOptions(Priority: i % 2 == 0), [],
                    ContactSyncSources.UpsertContacts),
                TestContext.Current.CancellationToken);
            _host.Time.Advance(TimeSpan.FromMilliseconds(10));
        }

        var first = await Flusher.FlushAsync(TestContext.Current.CancellationToken);
        var second = await Flusher.FlushAsync(TestContext.Current.CancellationToken);

        first.Requests.ShouldBe(ContactOutboxOptions.DefaultMaxRequestsPerTick);
        first.Delivered.ShouldBe(ContactOutboxOptions.DefaultMaxRequestsPerTick);
        first.Released.ShouldBe(messages - ContactOutboxOptions.DefaultMaxRequestsPerTick, "what does not fit waits for the next tick");
        first.PausedUntil.ShouldBeNull();
        AddContactRequests(Emulator).Count.ShouldBe(messages);
        second.Requests.ShouldBe(messages - ContactOutboxOptions.DefaultMaxRequestsPerTick);
        second.Delivered.ShouldBe(messages - ContactOutboxOptions.DefaultMaxRequestsPerTick);
        second.Poisoned.ShouldBe(0);
        Emulator.ContactsIn(OutboxTestHost.ContactListId).Count.ShouldBe(messages);
        (await OutboxTestHost.QueueLengthAsync(_host.Storage.Queue)).ShouldBe(0);
    }

    private Task<QueuedOperation> EnqueueAsync(IReadOnlyList<QueuedContact> contacts, string contactListId = OutboxTestHost.ContactListId)
        => Outbox.EnqueueAsync(Request(contacts, contactListId), TestContext.Current.CancellationToken);

    private static ContactSyncRequest Request(IReadOnlyList<QueuedContact> contacts, string contactListId = OutboxTestHost.ContactListId)
        => new(contactListId, contacts, QueuedWriteOptions.Default, [], ContactSyncSources.UpsertContacts);

    private async Task<DeliveryOperation> OperationAsync(QueuedOperation queued)
        => (await _host.Get<DeliveryLane<QueuedContact, ContactSyncMessage>>().Operations.GetAsync(queued.OperationId, TestContext.Current.CancellationToken)).ShouldNotBeNull();

    private static string Id(int index) => OutboundMessagesIds.Contact(index);

    private static Dictionary<string, string> Data(string lastName) => new() { ["FirstName"] = "Jeraldine", ["LastName"] = lastName };

    private static List<QueuedContact> Contacts(int first, int count, string lastName)
        => [.. Enumerable.Range(first, count).Select(i => new QueuedContact(Id(i), Data(lastName)))];

    private static async Task<GenesysCloudEmulator> StartRateLimitedEmulatorAsync(int requestsPerMinute, FakeTimeProvider time)
    {
        var seed = EmulatorSeed.Default;
        seed.Settings.RateLimitPerMinute = requestsPerMinute;
        return await GenesysCloudEmulator.StartAsync(seed, time, TestContext.Current.CancellationToken);
    }

    /// <summary>Flushes, waiting out each pause on the fake clock, until the queue is empty (at most <paramref name="maxTicks"/> ticks).</summary>
    private static async Task<List<FlushResult>> FlushUntilDrainedAsync(OutboxTestHost host, int maxTicks)
    {
        var ticks = new List<FlushResult>();
        while (ticks.Count < maxTicks && await OutboxTestHost.QueueLengthAsync(host.Storage.Queue) > 0)
        {
            var tick = await host.Get<ContactOutboxFlusher>().FlushAsync(TestContext.Current.CancellationToken);
            ticks.Add(tick);
            if (tick.PausedUntil is { } until)
            {
                host.Time.Advance(until - host.Time.GetUtcNow() + TimeSpan.FromSeconds(1));
            }
        }

        (await OutboxTestHost.QueueLengthAsync(host.Storage.Queue)).ShouldBe(0, $"the queue drains within {maxTicks} ticks");
        return ticks;
    }

    private static List<(int StatusCode, int Contacts)> AddContactRequests(GenesysCloudEmulator emulator)
        => [.. emulator.Requests
            .Where(r => r.Method == "POST" && r.Path.EndsWith("/contacts", StringComparison.Ordinal))
            .Select(r => (r.StatusCode, JsonDocument.Parse(r.Body).RootElement.GetArrayLength()))];

    private List<int> AddContactRequestSizes()
        => [.. Emulator.Requests
            .Where(r => r.Method == "POST" && r.Path.EndsWith("/contacts", StringComparison.Ordinal))
            .Select(r => JsonDocument.Parse(r.Body).RootElement.GetArrayLength())];
}
