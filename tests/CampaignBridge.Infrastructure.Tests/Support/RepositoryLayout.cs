namespace CampaignBridge.Infrastructure.Tests.Support;

/// <summary>Finds the repository root and the files the tests read in place.</summary>
internal static class RepositoryLayout
{
    private const string RootVariable = "CAMPAIGNBRIDGE_REPO_ROOT";
    private const string SolutionFileName = "Functions.sln";

    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string PathOf(params string[] relative) => Path.Combine([Root, .. relative]);

    public static string ReadAllText(params string[] relative) => File.ReadAllText(PathOf(relative));

    private static string FindRoot()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable(RootVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment) && File.Exists(Path.Combine(fromEnvironment, SolutionFileName)))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        // The test binaries live under tests/<project>/bin/...; walk up to the folder holding the solution.
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException(
            $"Could not find {SolutionFileName} above {AppContext.BaseDirectory}; set {RootVariable} to the repository root.");
    }
}
