using Azure.Data.Tables;

namespace CampaignBridge.Functions.Outbox;

/// <summary>
/// Remembers "do not call Genesys before T" in the <c>ContactSyncState</c> table, so the pause survives a
/// restart and holds on whichever instance runs the next tick. Times come from <see cref="TimeProvider"/>.
/// </summary>
internal sealed class FlushPauseStore(OutboxStorage storage)
{
    private const string PartitionKey = "contact-sync";
    private const string RowKey = "pause";

    public async Task<FlushPause?> GetAsync(CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var response = await storage.State.GetEntityIfExistsAsync<TableEntity>(PartitionKey, RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!response.HasValue || response.Value is null)
        {
            return null;
        }

        var entity = response.Value;
        return entity.GetDateTimeOffset("Until") is { } until
            ? new FlushPause(until, entity.GetString("Code") ?? string.Empty, entity.GetString("Reason") ?? string.Empty)
            : null;
    }

    public async Task SetAsync(FlushPause pause, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pause);
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(PartitionKey, RowKey)
        {
            ["Until"] = pause.Until,
            ["Code"] = pause.Code,
            ["Reason"] = pause.Reason.Length <= ContactSyncMessageSplitter.MaxFailureReasonLength
                ? pause.Reason
                : pause.Reason[..ContactSyncMessageSplitter.MaxFailureReasonLength],
        };
        await storage.State.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }
}
