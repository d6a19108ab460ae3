using CampaignBridge.Functions.OutboundMessages;
using Microsoft.Azure.Functions.Worker;

namespace CampaignBridge.Functions.ContactSync;

/// <summary>
/// Timer (<c>%ContactSync:Schedule%</c>) that drains the contact outbox into Genesys. The host resolves the schedule
/// from the app setting <c>ContactSync__Schedule</c>; the code has no default, and without the setting the host reports
/// this function in error at indexing. The deployment sets it (infra/main.bicep <c>contactSyncSchedule</c>,
/// <c>*/30 * * * * *</c>, every 30 s), as does local.settings.sample.json. The host runs a timer on one instance at a
/// time, so this is the only reader of the queue.
/// </summary>
internal sealed class FlushContactOutbox(ContactOutboxFlusher flusher, OutboundNotificationHousekeeping housekeeping)
{
    /// <summary>The app setting holding the NCRONTAB schedule.</summary>
    public const string ScheduleExpression = "%ContactSync:Schedule%";

    [Function(nameof(FlushContactOutbox))]
    public async Task RunAsync([TimerTrigger(ScheduleExpression)] TimerInfo timer, CancellationToken cancellationToken)
    {
        await flusher.FlushAsync(cancellationToken).ConfigureAwait(false);
        await housekeeping.PurgeWhenDueAsync(cancellationToken).ConfigureAwait(false);
    }
}
