using CampaignBridge.Functions.Outbox;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.Functions.ContactSync;

/// <summary>
/// Drains the <c>contact-sync</c> lane into Genesys: the delivery engine (<see cref="DeliveryFlusher{TItem, TMessage}"/>,
/// which documents the merge, settle and pause rules) over <see cref="ContactDeliveryTarget"/>.
/// </summary>
internal sealed class ContactOutboxFlusher(
    DeliveryLane<QueuedContact, ContactSyncMessage> lane, ContactDeliveryTarget target, TimeProvider timeProvider, ILogger<ContactOutboxFlusher> logger)
{
    /// <summary>Contacts per add-contacts request (the Genesys limit).</summary>
    public const int MaxContactsPerRequest = ContactDeliveryTarget.MaxContactsPerRequest;

    /// <summary>Estimated body bytes per request, below Genesys' 512,000-byte request limit.</summary>
    public const int MaxRequestBytes = ContactDeliveryTarget.MaxRequestBytes;

    private readonly DeliveryFlusher<QueuedContact, ContactSyncMessage> _flusher = new(lane, target, timeProvider, logger);

    /// <summary>Runs one tick (see <see cref="DeliveryFlusher{TItem, TMessage}.FlushAsync"/>).</summary>
    public Task<FlushResult> FlushAsync(CancellationToken cancellationToken) => _flusher.FlushAsync(cancellationToken);
}
