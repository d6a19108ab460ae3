using System.Text.Json;
using Azure.Data.Tables;
using CampaignBridge.Functions.Api;
using CampaignBridge.Functions.ContactSync;
using CampaignBridge.Functions.Diagnostics;

namespace CampaignBridge.Functions.Outbox;

/// <summary>
/// The last report of <c>ProbeGenesysConnection</c>, one row in the <c>ContactSyncState</c> table, so any
/// instance (and <c>GetDiagnostics</c>) can show when the connection last worked and what failed.
/// </summary>
internal sealed class DiagnosticsResultStore(ContactSyncStorage storage) : IDiagnosticsReportStore
{
    private const string PartitionKey = "diagnostics";
    private const string RowKey = "last";

    // A table string property holds 32K UTF-16 characters; a report is a handful of checks.
    private const int MaxReportChars = 30_000;

    public async Task SaveAsync(DiagnosticsReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var json = JsonSerializer.Serialize(report, ApiJson.Options);
        if (json.Length > MaxReportChars)
        {
            json = JsonSerializer.Serialize(report with { Checks = [.. report.Checks.Where(c => !c.Ok)] }, ApiJson.Options);
        }

        var entity = new TableEntity(PartitionKey, RowKey)
        {
            ["Status"] = report.Status,
            ["CheckedAt"] = report.CheckedAt,
            ["Report"] = json.Length > MaxReportChars ? json[..MaxReportChars] : json,
        };
        await storage.State.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The last stored report, or null before the first probe.</summary>
    public async Task<DiagnosticsReport?> GetLastAsync(CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var response = await storage.State.GetEntityIfExistsAsync<TableEntity>(PartitionKey, RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue && response.Value?.GetString("Report") is { } json
            ? JsonSerializer.Deserialize<DiagnosticsReport>(json, ApiJson.Options)
            : null;
    }
}
