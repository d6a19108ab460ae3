using Azure;
using Azure.Data.Tables;

namespace CampaignBridge.Functions.Outbox;

/// <summary>
/// Keys already queued (Outbound Message notification ids, Genesys conversation ids), in a table shared by every
/// instance: partition = a grouping the caller chooses (an org, a day), row = the key, <c>SeenAt</c>. A key is marked only
/// after its work is in the queue, with insert-if-not-exists: a crash between the two, or two instances racing on one
/// redelivery, queues the same work twice, which is harmless (the targets upsert) — whereas marking first could
/// acknowledge work that was never queued. Entries older than the retention no longer count and are purged.
/// </summary>
internal sealed class SeenKeyLedger(TableClient table, Func<CancellationToken, ValueTask> ensureCreated, TimeSpan retention, TimeProvider timeProvider)
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

    /// <summary>Keys are letters, digits and '-' (Salesforce ids, GUIDs); anything else cannot be a table key.</summary>
    public static bool IsValidKey(string key) => key.Length is > 0 and <= 64 && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    /// <summary>Which of <paramref name="keys"/> were queued within the retention window.</summary>
    public async Task<IReadOnlySet<string>> FindSeenAsync(string partitionKey, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        await ensureCreated(cancellationToken).ConfigureAwait(false);
        var notBefore = timeProvider.GetUtcNow() - retention;
        var queries = keys.Distinct(StringComparer.Ordinal).Chunk(RowKeysPerQuery).Select(async chunk =>
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}") + " and (" +
                string.Join(" or ", chunk.Select(id => TableClient.CreateQueryFilter($"RowKey eq {id}"))) + ")";
            var found = new List<string>();
            await foreach (var entity in table.QueryAsync<TableEntity>(filter, select: KeysAndSeenAt, cancellationToken: cancellationToken).ConfigureAwait(false))
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

    /// <summary>Marks the keys as queued (insert-if-not-exists: a key marked by a racing instance keeps its first time).</summary>
    public async Task MarkSeenAsync(string partitionKey, IReadOnlyCollection<string> keys, OperationId operationId, CancellationToken cancellationToken)
    {
        await ensureCreated(cancellationToken).ConfigureAwait(false);
        var seenAt = timeProvider.GetUtcNow();
        foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(EntitiesPerTransaction))
        {
            var entities = chunk.Select(id => new TableEntity(partitionKey, id)
            {
                [SeenAtProperty] = seenAt,
                ["OperationId"] = operationId.ToString(),
            }).ToList();
            try
            {
                await table.SubmitTransactionAsync(
                    entities.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e)), cancellationToken).ConfigureAwait(false);
            }
            catch (TableTransactionFailedException conflict) when (conflict.Status == 409)
            {
                // Some keys were marked meanwhile (a racing instance, or an expired entry not purged yet): one by one.
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
        await ensureCreated(cancellationToken).ConfigureAwait(false);
        var cutoff = timeProvider.GetUtcNow() - retention;
        var purged = 0;
        await foreach (var entity in table
            .QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"SeenAt lt {cutoff}"), select: KeysAndSeenAt, cancellationToken: cancellationToken)
            .ConfigureAwait(false))
        {
            try
            {
                await table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, entity.ETag, cancellationToken).ConfigureAwait(false);
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
            await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return;
        }
        catch (RequestFailedException exists) when (exists.Status == 409)
        {
        }

        var current = await table.GetEntityIfExistsAsync<TableEntity>(entity.PartitionKey, entity.RowKey, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        var notBefore = timeProvider.GetUtcNow() - retention;
        if (current.HasValue && current.Value is { } existing && existing.GetDateTimeOffset(SeenAtProperty) is { } seenAt && seenAt < notBefore)
        {
            // An expired entry: renew it, unless someone else just did.
            try
            {
                await table.UpdateEntityAsync(entity, existing.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException changed) when (changed.Status == 412)
            {
            }
        }
    }
}
