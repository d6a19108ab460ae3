using CampaignBridge.Functions.ContactSync;
using CampaignBridge.Functions.OutboundMessages;
using CampaignBridge.Functions.Outbox;
using CampaignBridge.Functions.Tests.Outbox.Support;
using GenesysCloud.Emulator;

namespace CampaignBridge.Functions.Tests.OutboundMessages;

/// <summary>
/// An Outbound Message fires on any edit of a record and Salesforce redelivers messages, so what it queues keeps the
/// contacts' place in the dialer's queue unless the mapping says <c>Redial = true</c> (reference §8.2).
/// </summary>
public sealed class OutboundMessageQueueingTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private GenesysCloudEmulator _emulator = null!;

    public async ValueTask InitializeAsync() => _emulator = await GenesysCloudEmulator.StartAsync();

    public ValueTask DisposeAsync() => _emulator.DisposeAsync();

    [Fact]
    public async Task An_outbound_message_is_written_keeping_queue_positions()
    {
        await using var host = OutboxTestHost.Create(_emulator, azurite.ConnectionString);

        await ReceiveAndFlushAsync(host);

        WriteQueries().ShouldHaveSingleItem().ShouldContain("doNotQueue=true");
    }

    [Fact]
    public async Task A_mapping_with_redial_requeues_the_contacts_it_receives()
    {
        await using var host = OutboxTestHost.Create(_emulator, azurite.ConnectionString,
            settings => settings[$"Salesforce:OutboundMessages:{OutboxTestHost.MappingName}:Redial"] = "true");

        await ReceiveAndFlushAsync(host);

        WriteQueries().ShouldHaveSingleItem().ShouldContain("doNotQueue=false");
    }

    private static async Task ReceiveAndFlushAsync(OutboxTestHost host)
    {
        var request = host.Request("POST", $"/api/salesforce/outbound/{OutboxTestHost.MappingName}",
            OutboundMessageXml.Build(OutboxTestHost.OrganizationId, OutboundMessageXml.Contacts(3)));
        var result = await host.Create<ReceiveOutboundMessage>().RunAsync(request, OutboxTestHost.MappingName, TestContext.Current.CancellationToken);
        (await OutboxTestHost.ExecuteAsync(request, result)).StatusCode.ShouldBe(200);
        (await host.Get<ContactOutboxFlusher>().FlushAsync(TestContext.Current.CancellationToken)).ItemsDelivered.ShouldBe(3);
    }

    private List<string> WriteQueries()
        => [.. _emulator.Requests.Where(r => r.Method == "POST" && r.Path.EndsWith("/contacts", StringComparison.Ordinal)).Select(r => r.Query)];
}
