namespace CampaignBridge.Testing;

/// <summary>Finds the repository root: <c>CAMPAIGNBRIDGE_REPO_ROOT</c>, or the first parent folder holding Functions.sln.</summary>
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

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Functions.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Functions.sln was not found above {AppContext.BaseDirectory}; set {EnvironmentVariable}.");
    }
}
