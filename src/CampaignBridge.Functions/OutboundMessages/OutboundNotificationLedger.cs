using Azure;
using Azure.Data.Tables;
using CampaignBridge.Functions.ContactSync;
using CampaignBridge.Functions.Outbox;
using CampaignBridge.Salesforce;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Functions.OutboundMessages;

/// <summary>
/// The Notification Ids already queued, in the <c>OutboundNotifications</c> table (partition = the 15-character
/// org id, row = the Notification Id, <c>SeenAt</c>), shared by every instance. An id is marked only after its
/// contact writes are in the queue, with insert-if-not-exists: a crash between the two, or two instances
/// racing on one redelivery, queues the same writes twice, which is harmless (Genesys upserts by id) —
/// whereas marking first could acknowledge data that was never queued.
/// Entries older than <see cref="ContactOutboxOptions.NotificationRetention"/> no longer count and are purged.
/// </summary>
internal sealed class OutboundNotificationLedger(ContactSyncStorage storage, IOptions<ContactOutboxOptions> options, TimeProvider timeProvider)
{
    /// <summary>A table filter may hold 15 comparisons: the partition key plus 14 row keys.</summary>
    private const int RowKeysPerQuery = 14;

    /// <summary>A table transaction holds at most 100 operations.</summary>
    private const int EntitiesPerTransaction = 100;

    /// <summary>Deletes per purge call, so one call stays short; the next call continues.</summary>
    private const int MaxPurgedPerCall = 1000;

    private const string SeenAtProperty = "SeenAt";

    // A projection must name the keys too, or the entities come back without them.
    private static readonly string[] KeysAndSeenAt = ["PartitionKey", "RowKey", SeenAtProperty];

    /// <summary>Notification Ids are Salesforce ids: letters and digits; anything else cannot be a table key.</summary>
    public static bool IsValidNotificationId(string id) => id.Length is > 0 and <= 64 && id.All(char.IsAsciiLetterOrDigit);

    /// <summary>Which of <paramref name="notificationIds"/> were queued within the retention window.</summary>
    public async Task<IReadOnlySet<string>> FindSeenAsync(SalesforceOrganizationId organizationId, IReadOnlyCollection<string> notificationIds, CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var partitionKey = organizationId.ShortId;
        var notBefore = timeProvider.GetUtcNow() - options.Value.NotificationRetention;
        var queries = notificationIds.Distinct(StringComparer.Ordinal).Chunk(RowKeysPerQuery).Select(async chunk =>
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}") + " and (" +
                string.Join(" or ", chunk.Select(id => TableClient.CreateQueryFilter($"RowKey eq {id}"))) + ")";
            var found = new List<string>();
            await foreach (var entity in storage.Notifications.QueryAsync<TableEntity>(filter, select: KeysAndSeenAt, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (entity.GetDateTimeOffset(SeenAtProperty) is { } seenAt && seenAt >= notBefore)
                {
                    found.Add(entity.RowKey);
                }
            }

            return found;
        });
        var results = await Task.WhenAll(queries).ConfigureAwait(false);
        return results.SelectMany(r => r).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Marks the ids as queued (insert-if-not-exists: an id marked by a racing instance keeps its first time).</summary>
    public async Task MarkSeenAsync(SalesforceOrganizationId organizationId, IReadOnlyCollection<string> notificationIds, OperationId operationId, CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var partitionKey = organizationId.ShortId;
        var seenAt = timeProvider.GetUtcNow();
        foreach (var chunk in notificationIds.Distinct(StringComparer.Ordinal).Chunk(EntitiesPerTransaction))
        {
            var entities = chunk.Select(id => new TableEntity(partitionKey, id)
            {
                [SeenAtProperty] = seenAt,
                ["OperationId"] = operationId.ToString(),
            }).ToList();
            try
            {
                await storage.Notifications.SubmitTransactionAsync(
                    entities.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e)), cancellationToken).ConfigureAwait(false);
            }
            catch (TableTransactionFailedException conflict) when (conflict.Status == 409)
            {
                // Some ids were marked meanwhile (a racing instance, or an expired entry not purged yet): one by one.
                foreach (var entity in entities)
                {
                    await AddOrRenewAsync(entity, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    /// <summary>Deletes entries past the retention window (at most <see cref="MaxPurgedPerCall"/> per call); returns how many.</summary>
    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var cutoff = timeProvider.GetUtcNow() - options.Value.NotificationRetention;
        var purged = 0;
        await foreach (var entity in storage.Notifications
            .QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"SeenAt lt {cutoff}"), select: KeysAndSeenAt, cancellationToken: cancellationToken)
            .ConfigureAwait(false))
        {
            try
            {
                await storage.Notifications.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, entity.ETag, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException changed) when (changed.Status is 404 or 412)
            {
                // Deleted or renewed meanwhile.
                continue;
            }

            if (++purged >= MaxPurgedPerCall)
            {
                break;
            }
        }

        return purged;
    }

    private async Task AddOrRenewAsync(TableEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await storage.Notifications.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return;
        }
        catch (RequestFailedException exists) when (exists.Status == 409)
        {
        }

        var current = await storage.Notifications.GetEntityIfExistsAsync<TableEntity>(entity.PartitionKey, entity.RowKey, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        var notBefore = timeProvider.GetUtcNow() - options.Value.NotificationRetention;
        if (current.HasValue && current.Value is { } existing && existing.GetDateTimeOffset(SeenAtProperty) is { } seenAt && seenAt < notBefore)
        {
            // An expired entry: renew it, unless someone else just did.
            try
            {
                await storage.Notifications.UpdateEntityAsync(entity, existing.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException changed) when (changed.Status == 412)
            {
            }
        }
    }
}
