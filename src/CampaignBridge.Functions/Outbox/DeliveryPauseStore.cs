using Azure.Data.Tables;

namespace CampaignBridge.Functions.Outbox;

/// <summary>
/// Remembers "do not call the target before T" in the lane's state table, so the pause survives a restart and holds
/// on whichever instance runs the next tick. Times come from the caller's <see cref="TimeProvider"/>.
/// </summary>
internal sealed class DeliveryPauseStore(DeliveryStorage storage, string partitionKey)
{
    private const string RowKey = "pause";

    public async Task<DeliveryPause?> GetAsync(CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var response = await storage.State.GetEntityIfExistsAsync<TableEntity>(partitionKey, RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!response.HasValue || response.Value is null)
        {
            return null;
        }

        var entity = response.Value;
        return entity.GetDateTimeOffset("Until") is { } until
            ? new DeliveryPause(until, entity.GetString("Code") ?? string.Empty, entity.GetString("Reason") ?? string.Empty)
            : null;
    }

    public async Task SetAsync(DeliveryPause pause, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pause);
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(partitionKey, RowKey)
        {
            ["Until"] = pause.Until,
            ["Code"] = pause.Code,
            ["Reason"] = DeliveryText.Truncate(pause.Reason),
        };
        await storage.State.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }
}
