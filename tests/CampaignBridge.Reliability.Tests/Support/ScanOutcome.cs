namespace CampaignBridge.Reliability.Tests.Support;

/// <summary>The secrets scan: how much was scanned and what was found (descriptions only, never the values).</summary>
public sealed record ScanOutcome(int LogLines, int Responses, int SecretValues, int Findings, IReadOnlyList<string> FindingDescriptions);
