using System.Text.Json;
using Azure.Data.Tables;

namespace CampaignBridge.Functions.Outbox;

/// <summary>
/// Operations in a lane's operations table: one partition per operation, a header row written when the work is queued
/// and one row per queue message ("part") written by the flusher with its outcome and the items the target refused.
/// Part rows are upserts keyed by part number, so a message processed twice is still counted once.
/// </summary>
internal sealed class DeliveryOperationStore(DeliveryStorage storage)
{
    private const string HeaderRowKey = "operation";
    private const string PartRowKeyPrefix = "part-";

    // A table string property holds 64 KiB (32K UTF-16 chars); rejections beyond this are summarised.
    private const int MaxStoredRejectionChars = 30_000;

    private const string StateDelivered = "delivered";
    private const string StateFailed = "failed";
    private const string StateRetrying = "retrying";

    public async Task CreateAsync(
        OperationId operationId,
        string group,
        string source,
        int submitted,
        int parts,
        IReadOnlyList<OperationRejection> rejected,
        DateTimeOffset createdAt,
        CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var header = new TableEntity(operationId.ToString(), HeaderRowKey)
        {
            ["Group"] = group,
            ["Source"] = source,
            ["Submitted"] = submitted,
            ["Parts"] = parts,
            ["Rejected"] = SerializeRejections(rejected),
            ["CreatedAt"] = createdAt,
        };
        await storage.Operations.AddEntityAsync(header, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records that queueing stopped after <paramref name="partsQueued"/> parts, and why.</summary>
    public async Task RecordEnqueueFailureAsync(OperationId operationId, int partsQueued, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var patch = new TableEntity(operationId.ToString(), HeaderRowKey)
        {
            ["Parts"] = partsQueued,
            ["EnqueueFailure"] = DeliveryText.Truncate(reason),
            ["EnqueueFailedAt"] = at,
        };
        await storage.Operations.UpsertEntityAsync(patch, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The part is done: <paramref name="items"/> delivered, <paramref name="refused"/> refused by the target for good.</summary>
    public Task RecordDeliveredAsync(string operationId, int part, int items, IReadOnlyList<OperationRejection> refused, DateTimeOffset at, CancellationToken cancellationToken)
        => RecordPartAsync(operationId, part, StateDelivered, items, reason: null, refused, at, cancellationToken);

    public Task RecordFailedAsync(string operationId, int part, int items, string reason, DateTimeOffset at, CancellationToken cancellationToken)
        => RecordPartAsync(operationId, part, StateFailed, items, reason, [], at, cancellationToken);

    public Task RecordRetryingAsync(string operationId, int part, int items, string reason, DateTimeOffset at, CancellationToken cancellationToken)
        => RecordPartAsync(operationId, part, StateRetrying, items, reason, [], at, cancellationToken);

    /// <summary>The operation's current state, or null when no operation has that id.</summary>
    public async Task<DeliveryOperation?> GetAsync(OperationId operationId, CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var partitionKey = operationId.ToString();
        TableEntity? header = null;
        var parts = new List<TableEntity>();
        await foreach (var entity in storage.Operations
            .QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}"), cancellationToken: cancellationToken)
            .ConfigureAwait(false))
        {
            if (entity.RowKey == HeaderRowKey)
            {
                header = entity;
            }
            else if (entity.RowKey.StartsWith(PartRowKeyPrefix, StringComparison.Ordinal))
            {
                parts.Add(entity);
            }
        }

        return header is null ? null : Summarise(partitionKey, header, parts);
    }

    private static DeliveryOperation Summarise(string operationId, TableEntity header, List<TableEntity> parts)
    {
        var totalParts = header.GetInt32("Parts") ?? 0;
        var submitted = header.GetInt32("Submitted") ?? 0;
        var enqueueFailure = header.GetString("EnqueueFailure");
        int deliveredParts = 0, failedParts = 0, retryingParts = 0, deliveredItems = 0;
        var failures = new List<OperationFailure>();
        var refused = new List<OperationRejection>();
        foreach (var part in parts)
        {
            var state = part.GetString("State");
            var at = part.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue;
            switch (state)
            {
                case StateDelivered:
                    deliveredParts++;
                    deliveredItems += ItemsOf(part);
                    refused.AddRange(DeserializeRejections(part.GetString("Rejected")));
                    break;
                case StateFailed:
                    failedParts++;
                    failures.Add(new OperationFailure(part.GetString("Reason") ?? "unknown", at));
                    break;
                case StateRetrying:
                    retryingParts++;
                    failures.Add(new OperationFailure(part.GetString("Reason") ?? "unknown", at));
                    break;
            }
        }

        if (enqueueFailure is not null)
        {
            failures.Add(new OperationFailure(enqueueFailure, header.GetDateTimeOffset("EnqueueFailedAt") ?? DateTimeOffset.MinValue));
        }

        var rejected = DeserializeRejections(header.GetString("Rejected"));
        var status = DeriveStatus(totalParts, deliveredParts, failedParts, retryingParts, enqueueFailure is not null, submitted, rejected.Count);
        if (refused.Count > 0 && status == OperationStatus.Delivered)
        {
            // Every part is done, but the target refused some items of them.
            status = deliveredItems == 0 ? OperationStatus.Failed : OperationStatus.PartiallyFailed;
        }

        failures.Sort((a, b) => a.At.CompareTo(b.At));
        return new DeliveryOperation(operationId, status, submitted, deliveredItems, [.. rejected, .. refused], failures);
    }

    // Rows written before the engine served two directions call the count "Contacts".
    private static int ItemsOf(TableEntity part) => part.GetInt32("Items") ?? part.GetInt32("Contacts") ?? 0;

    private static string DeriveStatus(int totalParts, int delivered, int failed, int retrying, bool enqueueFailed, int submitted, int rejected)
    {
        if (totalParts == 0)
        {
            // Nothing was queued: either queueing failed at once, or every record was refused up front.
            return enqueueFailed || (submitted == 0 && rejected > 0) ? OperationStatus.Failed : OperationStatus.Delivered;
        }

        if (delivered + failed < totalParts)
        {
            return delivered + failed + retrying == 0 ? OperationStatus.Queued : OperationStatus.Delivering;
        }

        if (failed == 0 && !enqueueFailed)
        {
            return OperationStatus.Delivered;
        }

        return delivered == 0 ? OperationStatus.Failed : OperationStatus.PartiallyFailed;
    }

    private async Task RecordPartAsync(
        string operationId, int part, string state, int items, string? reason, IReadOnlyList<OperationRejection> refused, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(operationId, PartRowKeyPrefix + part.ToString("D5", System.Globalization.CultureInfo.InvariantCulture))
        {
            ["State"] = state,
            ["Items"] = items,
            ["At"] = at,
        };
        if (reason is not null)
        {
            entity["Reason"] = DeliveryText.Truncate(reason);
        }

        if (refused.Count > 0)
        {
            entity["Rejected"] = SerializeRejections(refused);
        }

        await storage.Operations.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    private static string SerializeRejections(IReadOnlyList<OperationRejection> rejected)
    {
        var kept = new List<OperationRejection>(rejected);
        while (true)
        {
            var json = JsonSerializer.Serialize(kept, OutboxJsonContext.Default.ListOperationRejection);
            if (json.Length <= MaxStoredRejectionChars)
            {
                return json;
            }

            // Keep the first half and say how many more there were; the caller got the full list synchronously.
            var omitted = rejected.Count - (kept.Count / 2);
            kept = [.. kept.Take(kept.Count / 2), new OperationRejection("*", null, $"{omitted} more rejected records are not stored")];
        }
    }

    private static List<OperationRejection> DeserializeRejections(string? json)
        => string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize(json, OutboxJsonContext.Default.ListOperationRejection) ?? [];
}
