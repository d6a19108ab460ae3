namespace CampaignBridge.Benchmarks.Harness;

/// <summary>The fields of one recorded emulator request that the scenarios count (its body is skipped).</summary>
internal sealed record RequestLine(string Method, string Path, int StatusCode);
