using CampaignBridge.Functions.Outbox;

namespace CampaignBridge.Functions.ContactSync;

/// <summary>Durably queues contact writes for <c>FlushContactOutbox</c> to deliver to Genesys.</summary>
internal interface IContactOutbox
{
    /// <summary>
    /// Records the operation and puts every contact write in the <c>contact-sync</c> queue. When this returns,
    /// the writes are durable; when it throws, some parts may have been queued already (redelivering them is
    /// harmless: Genesys upserts by id) and the operation records why queueing stopped.
    /// </summary>
    Task<QueuedOperation> EnqueueAsync(ContactSyncRequest request, CancellationToken cancellationToken);
}
