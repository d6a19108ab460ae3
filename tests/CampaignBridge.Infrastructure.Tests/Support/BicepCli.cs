using System.Xml.Linq;
using CampaignBridge.Testing.Processes;

namespace CampaignBridge.Infrastructure.Tests.Support;

/// <summary>
/// The Bicep CLI that tools/bicep/bicep.csproj downloads from NuGet (package Azure.Bicep.CommandLine.linux-x64).
/// CI restores it in .ci/check-infra; when a developer runs the tests alone and the binary is missing, the
/// tools project is restored here once.
/// </summary>
internal sealed class BicepCli
{
    private static readonly TimeSpan RestoreTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(1);
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly SemaphoreSlim RunGate = new(1, 1);
    private static BicepCli? located;

    private BicepCli(string executablePath, string version)
    {
        ExecutablePath = executablePath;
        Version = version;
    }

    public string ExecutablePath { get; }

    public string Version { get; }

    public static string ToolsProjectPath => RepositoryLayout.PathOf("tools", "bicep", "bicep.csproj");

    public static async Task<BicepCli> LocateAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return located ??= await LocateOrRestoreAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    public Task<ProcessResult> RunAsync(params string[] arguments) => RunInAsync(RepositoryLayout.Root, arguments);

    public async Task<ProcessResult> RunInAsync(string workingDirectory, params string[] arguments)
    {
        // One Bicep process at a time: each one is a large native binary that takes a core while it starts.
        await RunGate.WaitAsync();
        try
        {
            return await ProcessRunner.RunAsync(ExecutablePath, arguments, workingDirectory, CommandTimeout);
        }
        finally
        {
            RunGate.Release();
        }
    }

    private static async Task<BicepCli> LocateOrRestoreAsync()
    {
        string version = XDocument.Load(ToolsProjectPath).Descendants("BicepVersion").Single().Value.Trim();
        string packagesFolder = await GlobalPackagesFolderAsync();
        string executable = Path.Combine(packagesFolder, "azure.bicep.commandline.linux-x64", version, "tools", "bicep");
        if (!File.Exists(executable))
        {
            ProcessResult restore = await ProcessRunner.RunAsync(
                "dotnet", ["restore", ToolsProjectPath, "-nologo"], RepositoryLayout.Root, RestoreTimeout);
            if (restore.ExitCode != 0 || !File.Exists(executable))
            {
                throw new InvalidOperationException(
                    $"The Bicep CLI {version} is not at {executable}, and `dotnet restore tools/bicep/bicep.csproj` "
                    + $"did not put it there (exit code {restore.ExitCode}). Run that restore with access to NuGet. Output:\n{restore.Output}");
            }
        }

        return new BicepCli(executable, version);
    }

    private static async Task<string> GlobalPackagesFolderAsync()
    {
        string? configured = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        ProcessResult locals = await ProcessRunner.RunAsync(
            "dotnet", ["nuget", "locals", "global-packages", "--list"], RepositoryLayout.Root, CommandTimeout);
        const string Prefix = "global-packages:";
        string? line = locals.StandardOutput
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(l => l.StartsWith(Prefix, StringComparison.Ordinal));
        return line is not null
            ? line[Prefix.Length..].Trim()
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
    }
}
