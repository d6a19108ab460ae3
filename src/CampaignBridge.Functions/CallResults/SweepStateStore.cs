using Azure.Data.Tables;

namespace CampaignBridge.Functions.CallResults;

/// <summary>One <see cref="SweepState"/> row per followed campaign in the way back's state table.</summary>
internal sealed class SweepStateStore(CallResultStorage storage)
{
    private const string PartitionKey = "call-results";

    public async Task<SweepState?> GetAsync(string campaignId, CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var response = await storage.State.GetEntityIfExistsAsync<TableEntity>(PartitionKey, RowKey(campaignId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue && response.Value is { } entity
            ? new SweepState(entity.GetInt32("Version") ?? 0, entity.GetBoolean("Done") ?? false, entity.GetDateTimeOffset("ExportRequestedAt") ?? DateTimeOffset.MinValue)
            : null;
    }

    public async Task SetAsync(string campaignId, SweepState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(PartitionKey, RowKey(campaignId))
        {
            ["Version"] = state.Version,
            ["Done"] = state.Done,
            ["ExportRequestedAt"] = state.ExportRequestedAt,
        };
        await storage.State.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    private static string RowKey(string campaignId) => "sweep-" + campaignId.ToLowerInvariant();
}
