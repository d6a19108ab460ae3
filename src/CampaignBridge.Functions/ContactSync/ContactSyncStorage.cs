using Azure.Data.Tables;
using CampaignBridge.Functions.Outbox;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Functions.ContactSync;

/// <summary>
/// The contact outbox's storage in the <c>AzureWebJobsStorage</c> account: the delivery lane (<c>contact-sync</c> queue,
/// poison queue, operations and state tables, payload container) plus the Outbound Message dedupe table.
/// </summary>
internal sealed class ContactSyncStorage : DeliveryStorage
{
    public ContactSyncStorage(StorageAccountClients clients, IOptions<ContactOutboxOptions> options)
        : base(clients, options.Value.StorageNames())
        => Notifications = clients.Tables.GetTableClient(options.Value.NotificationsTableName);

    /// <summary>Outbound Message notification ids already queued (<c>OutboundNotifications</c>).</summary>
    public TableClient Notifications { get; }

    protected override IEnumerable<Task> CreateMoreAsync(CancellationToken cancellationToken) => [Notifications.CreateIfNotExistsAsync(cancellationToken)];
}
