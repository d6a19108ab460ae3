namespace CampaignBridge.Functions.Diagnostics;

/// <summary>
/// Where the <c>ProbeGenesysConnection</c> timer keeps its last report, shared by every instance, so that
/// <c>GetDiagnostics</c> can show when the connection was last checked in the background and what failed.
/// </summary>
public interface IDiagnosticsReportStore
{
    /// <summary>Replaces the stored report with <paramref name="report"/>.</summary>
    Task SaveAsync(DiagnosticsReport report, CancellationToken cancellationToken);

    /// <summary>The last stored report, or null before the first probe.</summary>
    Task<DiagnosticsReport?> GetLastAsync(CancellationToken cancellationToken);
}
