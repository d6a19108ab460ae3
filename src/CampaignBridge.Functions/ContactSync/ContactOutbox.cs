using CampaignBridge.Functions.Outbox;

namespace CampaignBridge.Functions.ContactSync;

/// <summary>Queues contact writes on the <c>contact-sync</c> lane (the operation row first, then one message per part).</summary>
internal sealed class ContactOutbox(DeliveryOutbox<QueuedContact, ContactSyncMessage> outbox) : IContactOutbox
{
    public Task<QueuedOperation> EnqueueAsync(ContactSyncRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var template = new ContactSyncMessage
        {
            OperationId = Guid.Empty.ToString(),
            ContactListId = request.ContactListId,
            Part = 0,
            EnqueuedAt = default,
            Sequence = 0,
            Options = request.Options,
            ContactCount = 0,
        };
        return outbox.EnqueueAsync(new DeliveryRequest<QueuedContact, ContactSyncMessage>(template, request.Contacts, request.Rejected, request.Source), cancellationToken);
    }
}
