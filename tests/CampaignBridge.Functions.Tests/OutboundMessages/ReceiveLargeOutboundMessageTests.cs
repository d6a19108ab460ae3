using System.Text;
using CampaignBridge.Functions.ContactSync;
using CampaignBridge.Functions.Outbox;
using CampaignBridge.Functions.Tests.Outbox.Support;
using CampaignBridge.Salesforce;
using CampaignBridge.Testing.Salesforce;
using static CampaignBridge.Functions.Tests.OutboundMessages.OutboundMessagePosts;

namespace CampaignBridge.Functions.Tests.OutboundMessages;

/// <summary>
/// Outbound Messages as large as Salesforce sends them (100 Leads with every text field at its maximum length), and a
/// phone number cleared in Salesforce, whether the next message leaves the field out or sends it as nil.
/// </summary>
public sealed class ReceiveLargeOutboundMessageTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private OutboxTestHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await OutboxTestHost.StartAsync(azurite.ConnectionString);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Theory]
    [InlineData("é", 6_000_000)]
    [InlineData("漢", 9_000_000)]
    public async Task A_100_notification_message_of_several_megabytes_gets_the_exact_ack_and_every_lead_is_written(string filler, int atLeastBytes)
    {
        var xml = LeadOutboundMessage.Build(LeadOutboundMessage.MaxNotifications, filler);
        var bytes = Encoding.UTF8.GetByteCount(xml);
        bytes.ShouldBeGreaterThan(atLeastBytes);
        bytes.ShouldBeGreaterThan(4 * 1024 * 1024);
        bytes.ShouldBeLessThan(OutboundMessageParserOptions.DefaultMaxBodyBytes / 3);

        var answer = await PostAsync(_host, xml);

        ShouldBeAcknowledgement(answer);
        var flushed = await _host.Get<ContactOutboxFlusher>().FlushAsync(TestContext.Current.CancellationToken);
        flushed.ItemsDelivered.ShouldBe(100);
        var contacts = _host.Emulator.ContactsIn(OutboxTestHost.ContactListId);
        contacts.Count.ShouldBe(100);
        var lead = contacts[LeadOutboundMessage.LeadId(99)];
        lead.Data["FirstName"].ShouldBe(string.Concat(Enumerable.Repeat(filler, 40)));
        lead.Data["LastName"].Length.ShouldBe(80);
        lead.Data["MobilePhone"].ShouldBe(LeadOutboundMessage.MobilePhoneE164(99));
        lead.Data.ShouldNotContainKey("Description");
    }

    public static TheoryData<string> ClearedPhones => new() { "left out", "sent as nil" };

    [Theory]
    [MemberData(nameof(ClearedPhones))]
    public async Task A_phone_cleared_in_salesforce_stops_being_dialable_in_genesys(string how)
    {
        var before = new ContactNotification(OutboundMessageXml.NotificationId(1), OutboundMessageXml.ContactId(1), "Ada", "Lovelace", OutboundMessageXml.Phone(1), "2026-12-01T10:00:00.000Z");
        var after = before with { NotificationId = OutboundMessageXml.NotificationId(2), SystemModstamp = "2026-12-01T10:05:00.000Z" };
        var phoneElement = $"<sf:Phone>{OutboundMessageXml.Phone(1)}</sf:Phone>";
        var cleared = OutboundMessageXml.Build(OutboxTestHost.OrganizationId, [after])
            .Replace(phoneElement, how == "left out" ? string.Empty : "<sf:Phone xsi:nil=\"true\"/>", StringComparison.Ordinal);
        cleared.ShouldNotContain(phoneElement);

        ShouldBeAcknowledgement(await PostAsync(_host, OutboundMessageXml.Build(OutboxTestHost.OrganizationId, [before])));
        await _host.Get<ContactOutboxFlusher>().FlushAsync(TestContext.Current.CancellationToken);
        _host.Emulator.ContactsIn(OutboxTestHost.ContactListId)[OutboundMessageXml.ContactId(1)].Data["Phone"].ShouldBe(OutboundMessageXml.E164(1));

        ShouldBeAcknowledgement(await PostAsync(_host, cleared));
        await _host.Get<ContactOutboxFlusher>().FlushAsync(TestContext.Current.CancellationToken);

        var contact = _host.Emulator.ContactsIn(OutboxTestHost.ContactListId)[OutboundMessageXml.ContactId(1)];
        contact.Data["Phone"].ShouldBe(string.Empty, how);
        contact.Data["FirstName"].ShouldBe("Ada");
    }
}
