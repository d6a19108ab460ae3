using Azure.Data.Tables;

namespace CampaignBridge.Functions.CallResults;

/// <summary>The reader's <see cref="ReaderPosition"/>, one row in the way back's state table, shared by every instance.</summary>
internal sealed class ReaderPositionStore(CallResultStorage storage)
{
    private const string PartitionKey = "call-results";
    private const string RowKey = "reader";

    public async Task<ReaderPosition?> GetAsync(CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var response = await storage.State.GetEntityIfExistsAsync<TableEntity>(PartitionKey, RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue && response.Value is { } entity && entity.GetDateTimeOffset("IntervalStart") is { } start
            ? new ReaderPosition(entity.GetString("FilterKey") ?? string.Empty, start, entity.GetInt32("Offset") ?? 0, entity.GetDateTimeOffset("ReadAt"))
            : null;
    }

    public async Task SetAsync(ReaderPosition position, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(position);
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(PartitionKey, RowKey)
        {
            ["FilterKey"] = position.FilterKey,
            ["IntervalStart"] = position.IntervalStart,
            ["Offset"] = position.Offset,
            ["ReadAt"] = position.ReadAt,
        };
        await storage.State.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }
}
