namespace CampaignBridge.Functions.Diagnostics;

/// <summary>The result of a diagnostics run.</summary>
public sealed record DiagnosticsReport
{
    /// <summary>Status when every check passed.</summary>
    public const string Healthy = "ok";

    /// <summary>Status when at least one check failed.</summary>
    public const string Unhealthy = "failed";

    /// <summary><see cref="Healthy"/> or <see cref="Unhealthy"/>.</summary>
    public required string Status { get; init; }

    /// <summary>When the run finished (UTC).</summary>
    public DateTimeOffset CheckedAt { get; init; }

    /// <summary>The checks in the order they ran.</summary>
    public required IReadOnlyList<DiagnosticCheck> Checks { get; init; }

    /// <summary>
    /// The last run of the <c>ProbeGenesysConnection</c> timer, when <c>GetDiagnostics</c> could read one; absent from
    /// the stored probe reports themselves.
    /// </summary>
    public DiagnosticsProbeSummary? LastProbe { get; init; }
}
