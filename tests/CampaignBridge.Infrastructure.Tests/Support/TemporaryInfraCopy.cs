namespace CampaignBridge.Infrastructure.Tests.Support;

/// <summary>
/// A throw-away copy of infra/ (without build output) in a temporary folder, for probes that add or change files
/// without touching the repository.
/// </summary>
internal sealed class TemporaryInfraCopy : IDisposable
{
    private TemporaryInfraCopy(string root) => Root = root;

    /// <summary>The temporary folder; the copy is its infra/ subfolder, so repository-relative patterns still match.</summary>
    public string Root { get; }

    public string InfraFolder => Path.Combine(Root, "infra");

    public static TemporaryInfraCopy Create()
    {
        var copy = new TemporaryInfraCopy(Path.Combine(Path.GetTempPath(), "campaignbridge-infra-copy-" + Guid.NewGuid().ToString("N")));
        CopyFolder(RepositoryLayout.PathOf("infra"), copy.InfraFolder);
        return copy;
    }

    public string PathOf(params string[] relative) => Path.Combine([InfraFolder, .. relative]);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static void CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (string file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (string folder in Directory.GetDirectories(source).Where(f => Path.GetFileName(f) != "bin"))
        {
            CopyFolder(folder, Path.Combine(target, Path.GetFileName(folder)));
        }
    }
}
