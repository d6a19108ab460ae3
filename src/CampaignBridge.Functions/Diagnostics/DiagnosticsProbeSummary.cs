namespace CampaignBridge.Functions.Diagnostics;

/// <summary>The last background probe's outcome, as <c>GetDiagnostics</c> shows it next to its live checks.</summary>
public sealed record DiagnosticsProbeSummary
{
    /// <summary><see cref="DiagnosticsReport.Healthy"/> or <see cref="DiagnosticsReport.Unhealthy"/>.</summary>
    public required string Status { get; init; }

    /// <summary>When the probe ran (UTC).</summary>
    public DateTimeOffset CheckedAt { get; init; }

    /// <summary>The checks that failed in that run, each with its code and hint.</summary>
    public required IReadOnlyList<DiagnosticCheck> FailedChecks { get; init; }

    /// <summary>Summarises a stored probe report.</summary>
    public static DiagnosticsProbeSummary From(DiagnosticsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new DiagnosticsProbeSummary
        {
            Status = report.Status,
            CheckedAt = report.CheckedAt,
            FailedChecks = [.. report.Checks.Where(check => !check.Ok)],
        };
    }
}
