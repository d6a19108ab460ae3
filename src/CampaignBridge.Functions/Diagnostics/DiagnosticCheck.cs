namespace CampaignBridge.Functions.Diagnostics;

/// <summary>The outcome of one connection check.</summary>
public sealed record DiagnosticCheck
{
    /// <summary>Check name, see <see cref="DiagnosticCheckNames"/>.</summary>
    public required string Name { get; init; }

    /// <summary>True when the check passed (or had nothing to check, see <see cref="Code"/>).</summary>
    public bool Ok { get; init; }

    /// <summary>Stable code: <c>ok</c>, an error code, <c>diagnostics.skipped</c> or <c>diagnostics.not_configured</c>.</summary>
    public required string Code { get; init; }

    /// <summary>What to do when it failed.</summary>
    public string? Hint { get; init; }

    /// <summary>What was checked and what came back.</summary>
    public required string Detail { get; init; }
}
