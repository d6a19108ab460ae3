using CampaignBridge.Functions.ContactSync;
using CampaignBridge.Functions.Outbox;
using CampaignBridge.Functions.Tests.Outbox.Support;
using GenesysCloud.Emulator;

namespace CampaignBridge.Functions.Tests.Outbox;

public sealed class ContactOutboxTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private OutboxTestHost _host = null!;

    private GenesysCloudEmulator Emulator => _host.Emulator;

    public async ValueTask InitializeAsync() => _host = await OutboxTestHost.StartAsync(azurite.ConnectionString);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task A_payload_too_large_for_one_queue_message_is_split_and_an_oversized_contact_goes_through_a_blob()
    {
        var contacts = Enumerable.Range(0, 2000)
            .Select(i => new QueuedContact(OutboundMessagesIds.Contact(i), new Dictionary<string, string> { ["FirstName"] = new('f', 60), ["LastName"] = $"Last{i}" }))
            .Append(new QueuedContact(OutboundMessagesIds.Contact(5000), new Dictionary<string, string> { ["AccountId"] = new('a', 80_000) }))
            .ToList();

        var queued = await _host.Get<IContactOutbox>().EnqueueAsync(
            new ContactSyncRequest(OutboxTestHost.ContactListId, contacts, QueuedWriteOptions.Default, [], ContactSyncSources.UpsertContacts), TestContext.Current.CancellationToken);

        queued.Parts.ShouldBeGreaterThan(2);
        queued.Contacts.ShouldBe(2001);
        queued.StatusUrl.ShouldBe($"/api/operations/{queued.OperationId}");
        (await OutboxTestHost.QueueLengthAsync(_host.Storage.Queue)).ShouldBe(queued.Parts);
        var blobs = await _host.Storage.Payloads.GetBlobsAsync(cancellationToken: TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);
        blobs.ShouldHaveSingleItem().Name.ShouldStartWith($"{queued.OperationId}/");
        var messages = await OutboxTestHost.PeekAllAsync(_host.Storage.Queue);
        messages.Count.ShouldBe(queued.Parts);
        messages.ShouldAllBe(m => Convert.ToBase64String(m.Body.ToArray()).Length <= 64 * 1024, "a Storage queue message holds 64 KiB of Base64 text");

        var result = await _host.Get<ContactOutboxFlusher>().FlushAsync(TestContext.Current.CancellationToken);

        result.Delivered.ShouldBe(queued.Parts);
        var delivered = Emulator.ContactsIn(OutboxTestHost.ContactListId);
        delivered.Count.ShouldBe(2001);
        delivered[OutboundMessagesIds.Contact(5000)].Data["AccountId"].Length.ShouldBe(80_000);
        delivered[OutboundMessagesIds.Contact(1999)].Data["LastName"].ShouldBe("Last1999");
        (await _host.Storage.Payloads.GetBlobsAsync(cancellationToken: TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken)).ShouldBeEmpty("a delivered part's blob is deleted");
        var operation = (await _host.Get<DeliveryLane<QueuedContact, ContactSyncMessage>>().Operations.GetAsync(queued.OperationId, TestContext.Current.CancellationToken)).ShouldNotBeNull();
        operation.Status.ShouldBe(OperationStatus.Delivered);
        operation.Submitted.ShouldBe(2001);
        operation.Delivered.ShouldBe(2001);
    }

    [Fact]
    public async Task Queued_messages_never_expire()
    {
        await _host.Get<IContactOutbox>().EnqueueAsync(
            new ContactSyncRequest(OutboxTestHost.ContactListId, [new QueuedContact(OutboundMessagesIds.Contact(1), new Dictionary<string, string> { ["LastName"] = "x" })],
                QueuedWriteOptions.Default, [], ContactSyncSources.UpsertContacts),
            TestContext.Current.CancellationToken);

        var message = (await OutboxTestHost.PeekAllAsync(_host.Storage.Queue)).ShouldHaveSingleItem();

        message.ExpiresOn.ShouldNotBeNull().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddYears(100), "the default 7-day time-to-live would drop writes during a long outage");
    }

    [Fact]
    public async Task Without_storage_settings_the_outbox_names_the_setting_to_configure()
    {
        await using var host = OutboxTestHost.Create(Emulator, "", settings => settings.Remove("AzureWebJobsStorage"));

        var failure = Should.Throw<InvalidOperationException>(() => host.Get<IContactOutbox>());

        failure.Message.ShouldContain("AzureWebJobsStorage");
        failure.Message.ShouldContain("AzureWebJobsStorage__queueServiceUri");
    }
}
