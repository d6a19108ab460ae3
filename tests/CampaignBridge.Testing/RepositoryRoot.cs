namespace CampaignBridge.Testing;

/// <summary>
/// Finds the repository root: <c>CAMPAIGNBRIDGE_REPO_ROOT</c>, or the first folder holding Functions.sln above the
/// application's folder or, failing that, above the current directory (BenchmarkDotNet runs its children elsewhere).
/// </summary>
public static class RepositoryRoot
{
    /// <summary>The environment variable that names the repository root explicitly (CI sets it).</summary>
    public const string EnvironmentVariable = "CAMPAIGNBRIDGE_REPO_ROOT";

    /// <summary>The repository root, or an exception saying how to point at it.</summary>
    public static string Find()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured) && File.Exists(Path.Combine(configured, "Functions.sln")))
        {
            return configured;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Functions.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException($"Functions.sln was not found above {AppContext.BaseDirectory}; set {EnvironmentVariable}.");
    }
}
