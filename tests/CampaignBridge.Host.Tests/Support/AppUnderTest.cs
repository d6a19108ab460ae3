using System.Reflection;
using CampaignBridge.Testing;

namespace CampaignBridge.Host.Tests.Support;

/// <summary>Where the compiled Function App and the repository's settings files are.</summary>
public static class AppUnderTest
{
    /// <summary>The Functions project's build output of this configuration (set at build time by the csproj).</summary>
    public static string Directory { get; } = typeof(AppUnderTest).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "CampaignBridgeAppDirectory").Value!;

    /// <summary>The app's generated functions.metadata: what the worker will index.</summary>
    public static string FunctionsMetadataPath => Path.Combine(Directory, "functions.metadata");

    /// <summary>The sample settings the README's local run copies into place.</summary>
    public static string LocalSettingsSamplePath => Path.Combine(RepositoryRoot.Find(), "local.settings.sample.json");
}
