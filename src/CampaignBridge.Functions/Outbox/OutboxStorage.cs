using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Functions.Outbox;

/// <summary>
/// The queues, tables and blob container of the outbox in the <c>AzureWebJobsStorage</c> account. They are
/// created on first use (once per instance); a failed creation is retried by the next caller.
/// </summary>
internal sealed class OutboxStorage
{
    private readonly SemaphoreSlim _createGate = new(1, 1);
    private volatile bool _created;

    public OutboxStorage(StorageAccountClients clients, IOptions<ContactOutboxOptions> options)
    {
        ArgumentNullException.ThrowIfNull(clients);
        var names = options.Value;
        Queue = clients.Queues.GetQueueClient(names.QueueName);
        PoisonQueue = clients.Queues.GetQueueClient(names.PoisonQueueName);
        Operations = clients.Tables.GetTableClient(names.OperationsTableName);
        Notifications = clients.Tables.GetTableClient(names.NotificationsTableName);
        State = clients.Tables.GetTableClient(names.StateTableName);
        Payloads = clients.Blobs.GetBlobContainerClient(names.PayloadContainerName);
    }

    public QueueClient Queue { get; }

    public QueueClient PoisonQueue { get; }

    public TableClient Operations { get; }

    public TableClient Notifications { get; }

    public TableClient State { get; }

    public BlobContainerClient Payloads { get; }

    /// <summary>Creates every queue, table and container that does not exist yet.</summary>
    public async ValueTask EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (_created)
        {
            return;
        }

        await _createGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_created)
            {
                return;
            }

            await Task.WhenAll(
                Queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken),
                PoisonQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken),
                Operations.CreateIfNotExistsAsync(cancellationToken),
                Notifications.CreateIfNotExistsAsync(cancellationToken),
                State.CreateIfNotExistsAsync(cancellationToken),
                Payloads.CreateIfNotExistsAsync(cancellationToken: cancellationToken)).ConfigureAwait(false);
            _created = true;
        }
        finally
        {
            _createGate.Release();
        }
    }
}
