namespace CampaignBridge.Functions.Diagnostics;

/// <summary>Runs the connection checks (used by GetDiagnostics and the ProbeGenesysConnection timer).</summary>
public interface IDiagnosticsRunner
{
    /// <summary>The result of the latest completed run in this instance, or null before the first.</summary>
    DiagnosticsReport? LastReport { get; }

    /// <summary>Runs every check in order and stores the result as <see cref="LastReport"/>.</summary>
    Task<DiagnosticsReport> RunAsync(CancellationToken cancellationToken);
}
