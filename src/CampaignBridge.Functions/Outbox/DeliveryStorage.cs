using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace CampaignBridge.Functions.Outbox;

/// <summary>
/// The queues, tables and blob container of one delivery lane. They are created on first use (once per instance); a
/// failed creation is retried by the next caller. A direction that keeps more tables adds them in <see cref="CreateMoreAsync"/>.
/// </summary>
internal class DeliveryStorage
{
    private readonly SemaphoreSlim _createGate = new(1, 1);
    private volatile bool _created;

    public DeliveryStorage(StorageAccountClients clients, DeliveryStorageNames names)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(names);
        Clients = clients;
        Queue = clients.Queues.GetQueueClient(names.Queue);
        PoisonQueue = clients.Queues.GetQueueClient(names.PoisonQueue);
        Operations = clients.Tables.GetTableClient(names.OperationsTable);
        State = clients.Tables.GetTableClient(names.StateTable);
        Payloads = clients.Blobs.GetBlobContainerClient(names.PayloadContainer);
    }

    public QueueClient Queue { get; }

    public QueueClient PoisonQueue { get; }

    public TableClient Operations { get; }

    public TableClient State { get; }

    public BlobContainerClient Payloads { get; }

    protected StorageAccountClients Clients { get; }

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

            await Task.WhenAll(new Task[]
            {
                Queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken),
                PoisonQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken),
                Operations.CreateIfNotExistsAsync(cancellationToken),
                State.CreateIfNotExistsAsync(cancellationToken),
                Payloads.CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            }.Concat(CreateMoreAsync(cancellationToken))).ConfigureAwait(false);
            _created = true;
        }
        finally
        {
            _createGate.Release();
        }
    }

    /// <summary>Creation of the direction's own extra tables (none by default).</summary>
    protected virtual IEnumerable<Task> CreateMoreAsync(CancellationToken cancellationToken) => [];
}
