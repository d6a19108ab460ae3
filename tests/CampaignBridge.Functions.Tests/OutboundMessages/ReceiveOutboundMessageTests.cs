using System.Text;
using System.Text.Json;
using CampaignBridge.Functions.ContactSync;
using CampaignBridge.Functions.OutboundMessages;
using CampaignBridge.Functions.Outbox;
using CampaignBridge.Functions.Tests.Outbox.Support;
using CampaignBridge.Salesforce;
using GenesysCloud.Emulator;

using static CampaignBridge.Functions.Tests.OutboundMessages.OutboundMessagePosts;

namespace CampaignBridge.Functions.Tests.OutboundMessages;

public sealed class ReceiveOutboundMessageTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private OutboxTestHost _host = null!;

    private GenesysCloudEmulator Emulator => _host.Emulator;

    public async ValueTask InitializeAsync() => _host = await OutboxTestHost.StartAsync(azurite.ConnectionString);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task A_100_notification_message_is_parsed_mapped_queued_and_acknowledged()
    {
        var answer = await PostAsync(_host, OutboundMessageXml.Build(OutboxTestHost.OrganizationId, OutboundMessageXml.Contacts(100)));

        ShouldBeAcknowledgement(answer);
        (await OutboxTestHost.QueueLengthAsync(_host.Storage.Queue)).ShouldBeGreaterThan(0);
        Emulator.Requests.ShouldNotContain(r => r.Path.Contains("/contacts", StringComparison.Ordinal), "nothing is written before the flush");

        var flushed = await _host.Get<ContactOutboxFlusher>().FlushAsync(TestContext.Current.CancellationToken);

        flushed.ItemsDelivered.ShouldBe(100);
        var contacts = Emulator.ContactsIn(OutboxTestHost.ContactListId);
        contacts.Count.ShouldBe(100);
        var contact = contacts[OutboundMessageXml.ContactId(42)];
        contact.Data["FirstName"].ShouldBe("First42");
        contact.Data["LastName"].ShouldBe("Black");
        contact.Data["Phone"].ShouldBe(OutboundMessageXml.E164(42));
        (await OutboxTestHost.QueueLengthAsync(_host.Storage.Queue)).ShouldBe(0);
    }

    [Fact]
    public async Task The_same_message_delivered_three_times_writes_each_contact_once()
    {
        var xml = OutboundMessageXml.Build(OutboxTestHost.OrganizationId, OutboundMessageXml.Contacts(100));

        ShouldBeAcknowledgement(await PostAsync(_host, xml));
        var queuedOnce = await OutboxTestHost.QueueLengthAsync(_host.Storage.Queue);
        for (var redelivery = 0; redelivery < 2; redelivery++)
        {
            ShouldBeAcknowledgement(await PostAsync(_host, xml));
        }

        (await OutboxTestHost.QueueLengthAsync(_host.Storage.Queue)).ShouldBe(queuedOnce, "redeliveries are recognised by their Notification Ids and queue nothing");

        var flushed = await _host.Get<ContactOutboxFlusher>().FlushAsync(TestContext.Current.CancellationToken);

        flushed.ItemsDelivered.ShouldBe(100);
        var written = ContactWrites().SelectMany(r => r).ToList();
        written.Count.ShouldBe(100, "each contact is written once although the message came three times");
        written.Distinct().Count().ShouldBe(100);
        Emulator.ContactsIn(OutboxTestHost.ContactListId).Count.ShouldBe(100);
    }

    [Fact]
    public async Task Two_instances_receiving_the_same_message_at_once_both_acknowledge_and_each_contact_is_written_once()
    {
        var xml = OutboundMessageXml.Build(OutboxTestHost.OrganizationId, OutboundMessageXml.Contacts(50));
        await using var otherInstance = OutboxTestHost.Create(Emulator, azurite.ConnectionString, settings =>
        {
            foreach (var (key, value) in OutboxTestHost.StorageNamesOf(_host))
            {
                settings[key] = value;
            }
        });

        var answers = await Task.WhenAll(PostAsync(_host, xml), PostAsync(otherInstance, xml));

        answers.ShouldAllBe(a => a.StatusCode == 200 && a.Body == Acknowledgement);
        var seen = await _host.Storage.Notifications.QueryAsync<Azure.Data.Tables.TableEntity>(cancellationToken: TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);
        seen.Count.ShouldBe(50, "insert-if-not-exists leaves one entry per Notification Id");
        await _host.Get<ContactOutboxFlusher>().FlushAsync(TestContext.Current.CancellationToken);
        ContactWrites().SelectMany(r => r).Count().ShouldBe(50, "a race may queue the writes twice; the flush merges them");
        Emulator.ContactsIn(OutboxTestHost.ContactListId).Count.ShouldBe(50);
    }

    [Fact]
    public async Task Updates_to_one_contact_in_two_messages_end_as_the_later()
    {
        var contactId = OutboundMessageXml.ContactId(7);
        var earlier = new ContactNotification(OutboundMessageXml.NotificationId(1), contactId, "Jeraldine", "Before", OutboundMessageXml.Phone(1));
        var later = new ContactNotification(OutboundMessageXml.NotificationId(2), contactId, "Jeraldine", "After", OutboundMessageXml.Phone(2));

        ShouldBeAcknowledgement(await PostAsync(_host, OutboundMessageXml.Build(OutboxTestHost.OrganizationId, [earlier])));
        _host.Time.Advance(TimeSpan.FromSeconds(1));
        ShouldBeAcknowledgement(await PostAsync(_host, OutboundMessageXml.Build(OutboxTestHost.OrganizationId, [later])));
        await _host.Get<ContactOutboxFlusher>().FlushAsync(TestContext.Current.CancellationToken);

        var contact = Emulator.ContactsIn(OutboxTestHost.ContactListId)[contactId];
        contact.Data["LastName"].ShouldBe("After");
        contact.Data["Phone"].ShouldBe(OutboundMessageXml.E164(2));
        ContactWrites().SelectMany(r => r).Count(id => id == contactId).ShouldBe(1, "the two writes are merged into one");
    }

    [Fact]
    public async Task A_newer_record_delivered_before_an_older_one_keeps_the_newer_values_when_both_are_flushed_together()
    {
        // Salesforce retries out of order: the change made at 11:00:05 arrives first, the one made at 11:00:01 after it.
        var contactId = OutboundMessageXml.ContactId(7);
        var newer = new ContactNotification(OutboundMessageXml.NotificationId(2), contactId, "Jeraldine", "Newer", OutboundMessageXml.Phone(2), "2026-11-29T11:00:05.000Z");
        var older = new ContactNotification(OutboundMessageXml.NotificationId(1), contactId, "Jeraldine", "Older", OutboundMessageXml.Phone(1), "2026-11-29T11:00:01.000Z");
        var untouched = new ContactNotification(OutboundMessageXml.NotificationId(3), OutboundMessageXml.ContactId(8), "Ann", "Other", OutboundMessageXml.Phone(3), "2026-11-29T11:00:00.000Z");

        ShouldBeAcknowledgement(await PostAsync(_host, OutboundMessageXml.Build(OutboxTestHost.OrganizationId, [newer])));
        _host.Time.Advance(TimeSpan.FromSeconds(1));
        ShouldBeAcknowledgement(await PostAsync(_host, OutboundMessageXml.Build(OutboxTestHost.OrganizationId, [older, untouched])));
        var flushed = await _host.Get<ContactOutboxFlusher>().FlushAsync(TestContext.Current.CancellationToken);

        flushed.Delivered.ShouldBe(2, "both messages are complete: the older value needs no sending once the newer one is accepted");
        flushed.Requests.ShouldBe(1);
        var contacts = Emulator.ContactsIn(OutboxTestHost.ContactListId);
        contacts[contactId].Data["LastName"].ShouldBe("Newer", "the record modified last wins, not the message that arrived last");
        contacts[contactId].Data["Phone"].ShouldBe(OutboundMessageXml.E164(2));
        contacts[OutboundMessageXml.ContactId(8)].Data["LastName"].ShouldBe("Other");
        ContactWrites().SelectMany(r => r).Count(id => id == contactId).ShouldBe(1, "the two writes are merged into one");
        (await OutboxTestHost.QueueLengthAsync(_host.Storage.Queue)).ShouldBe(0);
        (await OutboxTestHost.QueueLengthAsync(_host.Storage.PoisonQueue)).ShouldBe(0);
    }

    [Fact]
    public async Task A_record_without_a_modification_time_arriving_after_one_with_it_still_wins_by_arrival()
    {
        var contactId = OutboundMessageXml.ContactId(7);
        var stamped = new ContactNotification(OutboundMessageXml.NotificationId(1), contactId, "Jeraldine", "Stamped", OutboundMessageXml.Phone(1), "2026-11-29T11:00:05.000Z");
        var unstamped = new ContactNotification(OutboundMessageXml.NotificationId(2), contactId, "Jeraldine", "Unstamped", OutboundMessageXml.Phone(2));

        ShouldBeAcknowledgement(await PostAsync(_host, OutboundMessageXml.Build(OutboxTestHost.OrganizationId, [stamped])));
        _host.Time.Advance(TimeSpan.FromSeconds(1));
        ShouldBeAcknowledgement(await PostAsync(_host, OutboundMessageXml.Build(OutboxTestHost.OrganizationId, [unstamped])));
        await _host.Get<ContactOutboxFlusher>().FlushAsync(TestContext.Current.CancellationToken);

        Emulator.ContactsIn(OutboxTestHost.ContactListId)[contactId].Data["LastName"].ShouldBe("Unstamped", "without two times to compare, the later arrival wins");
        ContactWrites().SelectMany(r => r).Count(id => id == contactId).ShouldBe(1);
    }

    [Fact]
    public async Task A_field_that_cannot_be_mapped_is_acknowledged_with_the_rest_and_recorded_as_rejected()
    {
        var notifications = OutboundMessageXml.Contacts(3).ToList();
        notifications[1] = notifications[1] with { Phone = "not a phone" };

        ShouldBeAcknowledgement(await PostAsync(_host, OutboundMessageXml.Build(OutboxTestHost.OrganizationId, notifications)));
        await _host.Get<ContactOutboxFlusher>().FlushAsync(TestContext.Current.CancellationToken);

        var contacts = Emulator.ContactsIn(OutboxTestHost.ContactListId);
        contacts.Count.ShouldBe(3);
        contacts[OutboundMessageXml.ContactId(1)].Data.ShouldNotContainKey("Phone", "the invalid phone is left out, the rest of the record is written");
        contacts[OutboundMessageXml.ContactId(2)].Data["Phone"].ShouldBe(OutboundMessageXml.E164(2));
        var header = (await _host.Storage.Operations.QueryAsync<Azure.Data.Tables.TableEntity>(e => e.RowKey == "operation", cancellationToken: TestContext.Current.CancellationToken)
            .ToListAsync(TestContext.Current.CancellationToken)).ShouldHaveSingleItem();
        header.GetString("Source").ShouldBe(ContactSyncSources.OutboundMessage);
        var rejection = JsonSerializer.Deserialize(header.GetString("Rejected"), OutboxJsonContext.Default.ListOperationRejection).ShouldNotBeNull().ShouldHaveSingleItem();
        rejection.Id.ShouldBe(OutboundMessageXml.ContactId(1));
        rejection.Field.ShouldBe("Phone");
        rejection.Reason.ShouldNotBeNullOrWhiteSpace();
        var seen = await _host.Storage.Notifications.QueryAsync<Azure.Data.Tables.TableEntity>(cancellationToken: TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);
        seen.Count.ShouldBe(3, "the whole message is acknowledged: Salesforce would only resend the same bad data");
    }

    public static TheoryData<string, string, string> RefusedMessages => new()
    {
        { "unknown organization", OutboxTestHost.MappingName, OutboundMessageXml.Build(OutboxTestHost.OtherOrganizationId, OutboundMessageXml.Contacts(2)) },
        { "unknown mapping", "no-such-mapping", OutboundMessageXml.Build(OutboxTestHost.OrganizationId, OutboundMessageXml.Contacts(2)) },
        { "path-like mapping", "..%2F..%2Fetc", OutboundMessageXml.Build(OutboxTestHost.OrganizationId, OutboundMessageXml.Contacts(2)) },
        { "malformed XML", OutboxTestHost.MappingName, OutboundMessageXml.Build(OutboxTestHost.OrganizationId, OutboundMessageXml.Contacts(2))[..300] },
        { "external entity (XXE)", OutboxTestHost.MappingName, HostileXml.ExternalEntity },
        { "entity expansion (billion laughs)", OutboxTestHost.MappingName, HostileXml.EntityExpansion },
        { "not a notifications body", OutboxTestHost.MappingName, HostileXml.NotANotification },
        { "two OrganizationId elements (the last would have won)", OutboxTestHost.MappingName, OutboundMessageXml.Build(OutboxTestHost.OtherOrganizationId, OutboundMessageXml.Contacts(2))
            .Replace($"<OrganizationId>{OutboxTestHost.OtherOrganizationId}</OrganizationId>", $"<OrganizationId>{OutboxTestHost.OtherOrganizationId}</OrganizationId><OrganizationId>{OutboxTestHost.OrganizationId}</OrganizationId>", StringComparison.Ordinal) },
        { "bad notification id", OutboxTestHost.MappingName, OutboundMessageXml.Build(OutboxTestHost.OrganizationId, [new ContactNotification("04l/../x", OutboundMessageXml.ContactId(1), "A", "B", OutboundMessageXml.Phone(1))]) },
    };

    [Theory]
    [MemberData(nameof(RefusedMessages))]
    public async Task Permanently_invalid_input_is_refused_with_a_client_fault_and_nothing_is_acknowledged_or_queued(string because, string mapping, string xml)
    {
        var answer = await PostAsync(_host, xml, mapping);

        answer.StatusCode.ShouldBe(400, because);
        answer.ContentType.ShouldBe(SoapResponses.ContentType);
        answer.Body.ShouldContain("<faultcode>soapenv:Client</faultcode>");
        answer.Body.ShouldContain("salesforce.outbound.");
        answer.Body.ShouldNotContain("<Ack>");
        answer.Body.ShouldNotContain("root:", Case.Sensitive, "no file content is ever resolved into the answer");
        await _host.Storage.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        (await OutboxTestHost.QueueLengthAsync(_host.Storage.Queue)).ShouldBe(0);
        (await _host.Storage.Notifications.QueryAsync<Azure.Data.Tables.TableEntity>(cancellationToken: TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_mapping_without_a_contact_list_is_our_fault_and_answers_a_server_fault()
    {
        await using var host = OutboxTestHost.Create(Emulator, azurite.ConnectionString, settings =>
            settings.Remove($"Salesforce:OutboundMessages:{OutboxTestHost.MappingName}:ContactListId"));

        var answer = await PostAsync(host, OutboundMessageXml.Build(OutboxTestHost.OrganizationId, OutboundMessageXml.Contacts(1)));

        answer.StatusCode.ShouldBe(500);
        answer.Body.ShouldContain("<faultcode>soapenv:Server</faultcode>");
        answer.Body.ShouldContain(OutboundMessageCodes.InvalidMapping);
        answer.Body.ShouldContain("ContactListId");
        answer.Body.ShouldNotContain("<Ack>");
    }

    public static TheoryData<string> BrokenStorage => new() { "wrong account key", "storage unreachable" };

    [Theory]
    [MemberData(nameof(BrokenStorage))]
    public async Task A_storage_failure_before_the_ack_answers_a_server_fault_never_an_ack(string failure)
    {
        var connectionString = failure == "wrong account key" ? azurite.ConnectionStringWithWrongKey : AzuriteFixture.UnreachableConnectionString();
        await using var host = OutboxTestHost.Create(Emulator, connectionString);

        var answer = await PostAsync(host, OutboundMessageXml.Build(OutboxTestHost.OrganizationId, OutboundMessageXml.Contacts(5)));

        answer.StatusCode.ShouldBe(500);
        answer.ContentType.ShouldBe(SoapResponses.ContentType);
        answer.Body.ShouldContain("<faultcode>soapenv:Server</faultcode>");
        answer.Body.ShouldContain(OutboundMessageCodes.StorageUnavailable);
        answer.Body.ShouldNotContain("<Ack>");
        answer.Body.ShouldNotContain(AzuriteFixture.AccountKey);
        if (failure == "wrong account key")
        {
            answer.Body.ShouldContain("403");
        }

        host.Logs.Lines.ShouldContain(l => l.Message.Contains("answered a fault", StringComparison.Ordinal));
        host.Logs.Lines.ShouldNotContain(l => l.Message.Contains(AzuriteFixture.AccountKey, StringComparison.Ordinal)
            || (l.Exception != null && l.Exception.ToString().Contains(AzuriteFixture.AccountKey, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task When_azurite_stops_after_working_the_next_message_gets_a_server_fault_not_an_ack()
    {
        var ownAzurite = new AzuriteFixture();
        await ownAzurite.InitializeAsync();
        await using var host = OutboxTestHost.Create(Emulator, ownAzurite.ConnectionString);
        ShouldBeAcknowledgement(await PostAsync(host, OutboundMessageXml.Build(OutboxTestHost.OrganizationId, OutboundMessageXml.Contacts(5))));

        await ownAzurite.DisposeAsync();
        var answer = await PostAsync(host, OutboundMessageXml.Build(OutboxTestHost.OrganizationId, OutboundMessageXml.Contacts(5, first: 5)));

        answer.StatusCode.ShouldBe(500);
        answer.Body.ShouldContain("<faultcode>soapenv:Server</faultcode>");
        answer.Body.ShouldContain(OutboundMessageCodes.StorageUnavailable);
        answer.Body.ShouldNotContain("<Ack>");
    }

    [Fact]
    public async Task A_queue_failure_after_the_dedupe_check_answers_a_fault_and_a_redelivery_then_queues_everything()
    {
        var xml = OutboundMessageXml.Build(OutboxTestHost.OrganizationId, OutboundMessageXml.Contacts(10));
        await _host.Storage.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        await _host.Storage.Queue.DeleteAsync(TestContext.Current.CancellationToken);

        var refused = await PostAsync(_host, xml);

        refused.StatusCode.ShouldBe(500);
        refused.Body.ShouldContain(OutboundMessageCodes.StorageUnavailable);
        refused.Body.ShouldContain("404");
        (await _host.Storage.Notifications.QueryAsync<Azure.Data.Tables.TableEntity>(cancellationToken: TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken)).ShouldBeEmpty("nothing is marked seen unless it was queued");

        await _host.Storage.Queue.CreateAsync(cancellationToken: TestContext.Current.CancellationToken);
        ShouldBeAcknowledgement(await PostAsync(_host, xml));
        await _host.Get<ContactOutboxFlusher>().FlushAsync(TestContext.Current.CancellationToken);
        Emulator.ContactsIn(OutboxTestHost.ContactListId).Count.ShouldBe(10);
    }

    /// <summary>The contact ids of every add-contacts request the emulator received.</summary>
    private IEnumerable<string[]> ContactWrites()
        => Emulator.Requests
            .Where(r => r.Method == "POST" && r.Path.EndsWith($"/contactlists/{OutboxTestHost.ContactListId}/contacts", StringComparison.Ordinal))
            .Select(r => JsonDocument.Parse(r.Body).RootElement.EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToArray());
}
