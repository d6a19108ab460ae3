namespace CampaignBridge.Benchmarks.Harness;

/// <summary>The <c>dotnet</c> host for child processes (this process may run from its app host, whose path is not <c>dotnet</c>).</summary>
internal static class DotnetHost
{
    public static string Path => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
