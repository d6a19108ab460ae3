using CampaignBridge.Functions.ContactSync;
using CampaignBridge.Functions.Outbox;
using CampaignBridge.Salesforce;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Functions.OutboundMessages;

/// <summary>
/// The Notification Ids already queued, in the <c>OutboundNotifications</c> table (a <see cref="SeenKeyLedger"/>:
/// partition = the 15-character org id, row = the Notification Id). Entries older than
/// <see cref="ContactOutboxOptions.NotificationRetention"/> no longer count and are purged.
/// </summary>
internal sealed class OutboundNotificationLedger(ContactSyncStorage storage, IOptions<ContactOutboxOptions> options, TimeProvider timeProvider)
{
    private readonly SeenKeyLedger _ledger = new(storage.Notifications, storage.EnsureCreatedAsync, options.Value.NotificationRetention, timeProvider);

    /// <summary>Notification Ids are Salesforce ids: letters and digits; anything else cannot be a table key.</summary>
    public static bool IsValidNotificationId(string id) => id.All(char.IsAsciiLetterOrDigit) && SeenKeyLedger.IsValidKey(id);

    /// <summary>Which of <paramref name="notificationIds"/> were queued within the retention window.</summary>
    public Task<IReadOnlySet<string>> FindSeenAsync(SalesforceOrganizationId organizationId, IReadOnlyCollection<string> notificationIds, CancellationToken cancellationToken)
        => _ledger.FindSeenAsync(organizationId.ShortId, notificationIds, cancellationToken);

    /// <summary>Marks the ids as queued (insert-if-not-exists: an id marked by a racing instance keeps its first time).</summary>
    public Task MarkSeenAsync(SalesforceOrganizationId organizationId, IReadOnlyCollection<string> notificationIds, OperationId operationId, CancellationToken cancellationToken)
        => _ledger.MarkSeenAsync(organizationId.ShortId, notificationIds, operationId, cancellationToken);

    /// <summary>Deletes entries past the retention window (a bounded number per call); returns how many.</summary>
    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken) => _ledger.PurgeExpiredAsync(cancellationToken);
}
