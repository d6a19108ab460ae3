namespace CampaignBridge.Benchmarks.Scenarios;

/// <summary>One measured figure of a scenario run, with its target and whether the measurement met it.</summary>
/// <param name="Scenario">The scenario number and name of perf.md.</param>
/// <param name="Figure">What was measured.</param>
/// <param name="Measured">The measured value, formatted.</param>
/// <param name="Target">The target, formatted ("-" when the figure is context only).</param>
/// <param name="Met">Whether the target was met; null for context figures.</param>
internal sealed record ScenarioResult(string Scenario, string Figure, string Measured, string Target, bool? Met);
