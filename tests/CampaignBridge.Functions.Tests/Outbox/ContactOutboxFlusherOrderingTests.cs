using System.Text;
using System.Text.Json;
using CampaignBridge.Functions.ContactSync;
using CampaignBridge.Functions.Outbox;
using CampaignBridge.Functions.Tests.Outbox.Support;
using GenesysCloud.Emulator;

namespace CampaignBridge.Functions.Tests.Outbox;

/// <summary>
/// Which queued value of a contact wins the flush: the newer record when both values carry the record's
/// modification time (Salesforce delivers Outbound Messages out of order), otherwise the later write.
/// </summary>
public sealed class ContactOutboxFlusherOrderingTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly DateTimeOffset Earlier = new(2026, 11, 29, 11, 0, 1, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = new(2026, 11, 29, 11, 0, 5, TimeSpan.Zero);

    private OutboxTestHost _host = null!;

    private GenesysCloudEmulator Emulator => _host.Emulator;

    public async ValueTask InitializeAsync() => _host = await OutboxTestHost.StartAsync(azurite.ConnectionString);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private ContactOutboxFlusher Flusher => _host.Get<ContactOutboxFlusher>();

    [Fact]
    public async Task A_newer_record_enqueued_before_an_older_one_wins_the_merge_and_both_messages_complete()
    {
        var newer = await EnqueueAsync(Contacts(0, 100, "v2", Later));
        _host.Time.Advance(TimeSpan.FromSeconds(1));
        var older = await EnqueueAsync(Contacts(0, 100, "v1", Earlier));

        var result = await Flusher.FlushAsync(TestContext.Current.CancellationToken);

        result.Requests.ShouldBe(1);
        result.ItemsDelivered.ShouldBe(100, "each contact is sent once, with its newest value");
        result.Delivered.ShouldBe(newer.Parts + older.Parts);
        result.Released.ShouldBe(0);
        var contacts = Emulator.ContactsIn(OutboxTestHost.ContactListId);
        contacts.Count.ShouldBe(100);
        contacts.Values.ShouldAllBe(c => c.Data["LastName"] == "v2");
        AddContactRequests().ShouldHaveSingleItem().ShouldBe((200, 100));
        (await OutboxTestHost.QueueLengthAsync(_host.Storage.Queue)).ShouldBe(0);
        (await OperationAsync(newer)).Status.ShouldBe(OperationStatus.Delivered);
        var olderOperation = await OperationAsync(older);
        olderOperation.Status.ShouldBe(OperationStatus.Delivered, "its superseded values need no sending once the newer ones are accepted");
        olderOperation.Delivered.ShouldBe(100);
    }

    [Theory]
    [InlineData("timed", "untimed", "untimed", "a later value without a time replaces a timed one")]
    [InlineData("untimed", "timed", "timed", "a later timed value replaces one without a time")]
    [InlineData("timed", "same time", "same time", "equal times keep enqueue order")]
    [InlineData("timed", "older", "timed", "only a later time beats enqueue order")]
    public async Task A_value_without_a_time_to_compare_follows_enqueue_order(string first, string second, string winner, string because)
    {
        var contact = Id(7);
        await EnqueueAsync([Value(contact, first)]);
        _host.Time.Advance(TimeSpan.FromSeconds(1));
        await EnqueueAsync([Value(contact, second)]);

        var result = await Flusher.FlushAsync(TestContext.Current.CancellationToken);

        result.Requests.ShouldBe(1);
        result.Delivered.ShouldBe(2);
        Emulator.ContactsIn(OutboxTestHost.ContactListId)[contact].Data["LastName"].ShouldBe(winner, because);
        AddContactRequests().ShouldHaveSingleItem().ShouldBe((200, 1));
        Emulator.Requests.Single(r => r.Method == "POST" && r.Path.EndsWith("/contacts", StringComparison.Ordinal)).Query
            .ShouldContain("doNotQueue=true", customMessage: "the previous version stored doNotQueue=false as its default, not as a request to redial");
    }

    [Fact]
    public async Task A_message_queued_before_modification_times_existed_still_flushes_and_its_later_write_wins()
    {
        var legacy = await EnqueueAsync([new QueuedContact(Id(2), Data("placeholder"))]);
        _host.Time.Advance(TimeSpan.FromSeconds(1));
        var timed = await EnqueueAsync([new QueuedContact(Id(2), Data("timed")) { ModifiedAt = Later }]);

        // Give the first message the body the previous version wrote: no modifiedAt, enqueued after the timed one.
        var taken = (await _host.Storage.Queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken)).Value;
        taken.Length.ShouldBe(2);
        var message = taken.Single(m => m.Body.ToString().Contains(legacy.OperationId.ToString(), StringComparison.Ordinal));
        var legacyBody = $$$"""
            {"operationId":"{{{legacy.OperationId}}}","contactListId":"{{{OutboxTestHost.ContactListId}}}","part":0,"enqueuedAt":"2026-11-29T12:00:02+00:00","sequence":1,"options":{"priority":false,"clearSystemData":false,"doNotQueue":false},"contacts":[{"id":"{{{Id(2)}}}","data":{"FirstName":"Jeraldine","LastName":"legacy"}}],"contactCount":1,"releases":0}
            """;
        await _host.Storage.Queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, BinaryData.FromBytes(Encoding.UTF8.GetBytes(legacyBody)), TimeSpan.Zero,
            TestContext.Current.CancellationToken);
        var other = taken.Single(m => m.MessageId != message.MessageId);
        await _host.Storage.Queue.UpdateMessageAsync(other.MessageId, other.PopReceipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: TestContext.Current.CancellationToken);

        var result = await Flusher.FlushAsync(TestContext.Current.CancellationToken);

        result.Poisoned.ShouldBe(0, "a message without modification times is still a readable contact-sync message");
        result.Delivered.ShouldBe(2);
        Emulator.ContactsIn(OutboxTestHost.ContactListId)[Id(2)].Data["LastName"].ShouldBe("legacy", "the legacy value has no time, so its later enqueue wins");
        AddContactRequests().ShouldHaveSingleItem().ShouldBe((200, 1));
        Emulator.Requests.Single(r => r.Method == "POST" && r.Path.EndsWith("/contacts", StringComparison.Ordinal)).Query
            .ShouldContain("doNotQueue=true", customMessage: "the previous version stored doNotQueue=false as its default, not as a request to redial");
        (await OutboxTestHost.QueueLengthAsync(_host.Storage.Queue)).ShouldBe(0);
        (await OutboxTestHost.QueueLengthAsync(_host.Storage.PoisonQueue)).ShouldBe(0);
        (await OperationAsync(legacy)).Status.ShouldBe(OperationStatus.Delivered);
        (await OperationAsync(timed)).Status.ShouldBe(OperationStatus.Delivered);
    }

    [Fact]
    public async Task A_put_back_message_keeps_the_modification_times_of_its_contacts()
    {
        await EnqueueAsync(Contacts(0, 3, "v2", Later));
        Emulator.Faults.Add("/api/v2/outbound/contactlists", 503);

        var failed = await Flusher.FlushAsync(TestContext.Current.CancellationToken);

        failed.Released.ShouldBe(1);
        var body = JsonSerializer.Deserialize((await OutboxTestHost.PeekAllAsync(_host.Storage.Queue)).ShouldHaveSingleItem().Body.ToString(),
            ContactSyncJsonContext.Default.ContactSyncMessage).ShouldNotBeNull();
        body.Contacts.Count.ShouldBe(3);
        body.Contacts.ShouldAllBe(c => c.ModifiedAt == Later);

        Emulator.Faults.Clear();
        _host.Time.Advance(ContactOutboxOptions.DefaultFailurePause + TimeSpan.FromSeconds(1));
        await EnqueueAsync(Contacts(0, 3, "v1", Earlier));
        var recovered = await Flusher.FlushAsync(TestContext.Current.CancellationToken);

        recovered.Delivered.ShouldBe(2);
        Emulator.ContactsIn(OutboxTestHost.ContactListId).Values.ShouldAllBe(c => c.Data["LastName"] == "v2", "the put-back newer values still beat the older ones queued after them");
    }

    [Fact]
    public async Task Messages_retried_one_by_one_after_a_refused_merge_keep_the_newer_record()
    {
        var contact = Id(7);
        var newer = await EnqueueAsync([new QueuedContact(contact, Data("v2")) { ModifiedAt = Later }]);
        _host.Time.Advance(TimeSpan.FromSeconds(1));
        var older = await EnqueueAsync([new QueuedContact(contact, Data("v1")) { ModifiedAt = Earlier }]);
        _host.Time.Advance(TimeSpan.FromSeconds(1));
        var refused = await EnqueueAsync([new QueuedContact(Id(8), new Dictionary<string, string> { ["Nickname"] = "no such column" })]);

        var result = await Flusher.FlushAsync(TestContext.Current.CancellationToken);

        result.Poisoned.ShouldBe(1);
        result.Delivered.ShouldBe(2);
        Emulator.ContactsIn(OutboxTestHost.ContactListId)[contact].Data["LastName"].ShouldBe("v2", "alone, the older message must not overwrite the newer one sent before it");
        AddContactRequests().ShouldBe([(400, 2), (200, 1), (400, 1)], "the merge is refused, the newer value is sent alone, the older one is not sent, the refused message fails alone");
        (await OperationAsync(newer)).Status.ShouldBe(OperationStatus.Delivered);
        (await OperationAsync(older)).Status.ShouldBe(OperationStatus.Delivered);
        (await OperationAsync(refused)).Status.ShouldBe(OperationStatus.Failed);
    }

    [Fact]
    public async Task A_later_run_with_other_write_options_does_not_overwrite_a_newer_record_accepted_earlier_in_the_tick()
    {
        var contact = Id(7);
        await EnqueueAsync([new QueuedContact(contact, Data("v2")) { ModifiedAt = Later }]);
        _host.Time.Advance(TimeSpan.FromSeconds(1));
        await EnqueueAsync([new QueuedContact(Id(8), Data("other"))], new QueuedWriteOptions(Priority: true));
        _host.Time.Advance(TimeSpan.FromSeconds(1));
        var older = await EnqueueAsync([new QueuedContact(contact, Data("v1")) { ModifiedAt = Earlier }, new QueuedContact(Id(9), Data("v1")) { ModifiedAt = Earlier }]);

        var result = await Flusher.FlushAsync(TestContext.Current.CancellationToken);

        result.Delivered.ShouldBe(3);
        var contacts = Emulator.ContactsIn(OutboxTestHost.ContactListId);
        contacts[contact].Data["LastName"].ShouldBe("v2");
        contacts[Id(9)].Data["LastName"].ShouldBe("v1");
        AddContactRequests().ShouldBe([(200, 1), (200, 1), (200, 1)], "three runs; the third sends only the contact the first did not already hold newer");
        (await OperationAsync(older)).Status.ShouldBe(OperationStatus.Delivered);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_contact_ends_with_the_same_value_whether_its_writes_share_one_merge_or_separate_runs_of_the_tick(bool separateRuns)
    {
        // Timed 11:00:05, then a write without a time (replaces it: no two times to compare), then timed 11:00:01
        // (replaces the untimed one). Other write options for the middle one cut the tick into three runs.
        var contact = Id(7);
        await EnqueueAsync([Value(contact, "timed")]);
        _host.Time.Advance(TimeSpan.FromSeconds(1));
        await EnqueueAsync([Value(contact, "untimed")], separateRuns ? new QueuedWriteOptions(Priority: true) : null);
        _host.Time.Advance(TimeSpan.FromSeconds(1));
        await EnqueueAsync([Value(contact, "older")]);

        var result = await Flusher.FlushAsync(TestContext.Current.CancellationToken);

        result.Delivered.ShouldBe(3);
        Emulator.ContactsIn(OutboxTestHost.ContactListId)[contact].Data["LastName"].ShouldBe("older");
        AddContactRequests().Count.ShouldBe(separateRuns ? 3 : 1);
    }

    private Task<QueuedOperation> EnqueueAsync(IReadOnlyList<QueuedContact> contacts, QueuedWriteOptions? options = null)
        => _host.Get<IContactOutbox>().EnqueueAsync(
            new ContactSyncRequest(OutboxTestHost.ContactListId, contacts, options ?? QueuedWriteOptions.Default, [], ContactSyncSources.OutboundMessage),
            TestContext.Current.CancellationToken);

    private async Task<DeliveryOperation> OperationAsync(QueuedOperation queued)
        => (await _host.Get<DeliveryLane<QueuedContact, ContactSyncMessage>>().Operations.GetAsync(queued.OperationId, TestContext.Current.CancellationToken)).ShouldNotBeNull();

    private static string Id(int index) => OutboundMessagesIds.Contact(index);

    private static Dictionary<string, string> Data(string lastName) => new() { ["FirstName"] = "Jeraldine", ["LastName"] = lastName };

    private static List<QueuedContact> Contacts(int first, int count, string lastName, DateTimeOffset modifiedAt)
        => [.. Enumerable.Range(first, count).Select(i => new QueuedContact(Id(i), Data(lastName)) { ModifiedAt = modifiedAt })];

    /// <summary>A value named after its time: "timed" at 11:00:05, "same time" also, "older" at 11:00:01, "untimed" none.</summary>
    private static QueuedContact Value(string contactId, string name)
        => new(contactId, Data(name))
        {
            ModifiedAt = name switch
            {
                "timed" or "same time" => Later,
                "older" => Earlier,
                _ => null,
            },
        };

    private List<(int StatusCode, int Contacts)> AddContactRequests()
        => [.. Emulator.Requests
            .Where(r => r.Method == "POST" && r.Path.EndsWith("/contacts", StringComparison.Ordinal))
            .Select(r => (r.StatusCode, JsonDocument.Parse(r.Body).RootElement.GetArrayLength()))];
}
