using Azure.Data.Tables;
using CampaignBridge.Functions.ContactSync;
using CampaignBridge.Functions.OutboundMessages;
using CampaignBridge.Functions.Outbox;
using CampaignBridge.Functions.Tests.Outbox.Support;
using CampaignBridge.Salesforce;
using GenesysCloud.Emulator;

namespace CampaignBridge.Functions.Tests.OutboundMessages;

public sealed class OutboundNotificationLedgerTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly SalesforceOrganizationId Organization = SalesforceOrganizationId.Parse(OutboxTestHost.OrganizationId);

    private OutboxTestHost _host = null!;

    private GenesysCloudEmulator Emulator => _host.Emulator;

    public async ValueTask InitializeAsync() => _host = await OutboxTestHost.StartAsync(azurite.ConnectionString);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private OutboundNotificationLedger Ledger => _host.Get<OutboundNotificationLedger>();

    [Fact]
    public async Task Ids_are_remembered_for_seven_days_across_more_than_one_filter_page()
    {
        var ids = Enumerable.Range(0, 40).Select(OutboundMessageXml.NotificationId).ToList();
        await Ledger.MarkSeenAsync(Organization, ids[..30], OperationId.New(), TestContext.Current.CancellationToken);

        var seen = await Ledger.FindSeenAsync(Organization, ids, TestContext.Current.CancellationToken);

        seen.Order().ShouldBe(ids[..30].Order());
        ContactOutboxOptions.DefaultNotificationRetention.ShouldBe(TimeSpan.FromDays(7));
        _host.Time.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        (await Ledger.FindSeenAsync(Organization, ids, TestContext.Current.CancellationToken)).Count.ShouldBe(30);
        _host.Time.Advance(TimeSpan.FromMinutes(2));
        (await Ledger.FindSeenAsync(Organization, ids, TestContext.Current.CancellationToken)).ShouldBeEmpty("past the retention an id no longer counts as seen");
    }

    [Fact]
    public async Task Marking_ids_another_instance_already_marked_keeps_the_first_time()
    {
        var ids = Enumerable.Range(0, 5).Select(OutboundMessageXml.NotificationId).ToList();
        var firstTime = _host.Time.GetUtcNow();
        await Ledger.MarkSeenAsync(Organization, ids[..3], OperationId.New(), TestContext.Current.CancellationToken);
        _host.Time.Advance(TimeSpan.FromMinutes(1));

        await Ledger.MarkSeenAsync(Organization, ids, OperationId.New(), TestContext.Current.CancellationToken);

        var entities = await _host.Storage.Notifications.QueryAsync<TableEntity>(cancellationToken: TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);
        entities.Count.ShouldBe(5);
        entities.Where(e => ids[..3].Contains(e.RowKey)).ShouldAllBe(e => e.GetDateTimeOffset("SeenAt") == firstTime);
        entities.ShouldAllBe(e => e.PartitionKey == OutboxTestHost.OrganizationId);
    }

    [Fact]
    public async Task The_flush_timer_purges_expired_ids_at_most_once_an_hour()
    {
        await Ledger.MarkSeenAsync(Organization, [OutboundMessageXml.NotificationId(1)], OperationId.New(), TestContext.Current.CancellationToken);
        var timer = _host.Create<FlushContactOutbox>();

        await timer.RunAsync(new() { IsPastDue = false }, TestContext.Current.CancellationToken);
        (await CountAsync()).ShouldBe(1, "a fresh id is kept");

        _host.Time.Advance(TimeSpan.FromDays(8));
        await Ledger.MarkSeenAsync(Organization, [OutboundMessageXml.NotificationId(2)], OperationId.New(), TestContext.Current.CancellationToken);
        await timer.RunAsync(new() { IsPastDue = false }, TestContext.Current.CancellationToken);

        var left = await _host.Storage.Notifications.QueryAsync<TableEntity>(cancellationToken: TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);
        left.ShouldHaveSingleItem().RowKey.ShouldBe(OutboundMessageXml.NotificationId(2));
    }

    private async Task<int> CountAsync()
        => (await _host.Storage.Notifications.QueryAsync<TableEntity>(cancellationToken: TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken)).Count;
}
