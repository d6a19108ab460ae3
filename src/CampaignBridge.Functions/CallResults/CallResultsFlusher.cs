using CampaignBridge.Functions.Outbox;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.Functions.CallResults;

/// <summary>
/// Delivers the <c>call-results</c> lane into Salesforce: the delivery engine (<see cref="DeliveryFlusher{TItem, TMessage}"/>,
/// which documents the merge, settle, pause and poison rules) over <see cref="CallResultDeliveryTarget"/>.
/// </summary>
internal sealed class CallResultsFlusher(
    DeliveryLane<CallAttempt, CallResultMessage> lane, CallResultDeliveryTarget target, TimeProvider timeProvider, ILogger<CallResultsFlusher> logger)
{
    private readonly DeliveryFlusher<CallAttempt, CallResultMessage> _flusher = new(lane, target, timeProvider, logger);

    /// <summary>Runs one delivery tick.</summary>
    public Task<FlushResult> FlushAsync(CancellationToken cancellationToken) => _flusher.FlushAsync(cancellationToken);
}
