using System.Text.Json;
using CampaignBridge.Testing.Processes;

namespace CampaignBridge.Infrastructure.Tests.Support;

/// <summary>
/// infra/main.bicep compiled once per test run (Bicep CLI from NuGet) into a temporary folder, with helpers to
/// walk the ARM JSON including the nested templates of the modules.
/// </summary>
public sealed class CompiledTemplate : IAsyncLifetime
{
    private readonly string outputFolder = Path.Combine(Path.GetTempPath(), "campaignbridge-infra-tests-" + Guid.NewGuid().ToString("N"));
    private JsonDocument? document;

    internal BicepCli Bicep { get; private set; } = null!;

    internal JsonElement Root => document?.RootElement ?? throw new InvalidOperationException("The template is not compiled yet.");

    /// <summary>The raw ARM JSON text.</summary>
    internal string Json { get; private set; } = string.Empty;

    public async ValueTask InitializeAsync()
    {
        Bicep = await BicepCli.LocateAsync();
        Directory.CreateDirectory(outputFolder);
        string outputFile = Path.Combine(outputFolder, "main.json");
        ProcessResult build = await Bicep.RunAsync("build", RepositoryLayout.PathOf("infra", "main.bicep"), "--outfile", outputFile);
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException($"bicep build infra/main.bicep failed ({build.ExitCode}):\n{build.Output}");
        }

        Json = await File.ReadAllTextAsync(outputFile);
        document = JsonDocument.Parse(Json);
    }

    public ValueTask DisposeAsync()
    {
        document?.Dispose();
        if (Directory.Exists(outputFolder))
        {
            Directory.Delete(outputFolder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Every resource of the template and of every nested (module) template.</summary>
    internal IEnumerable<ArmResource> AllResources() => ResourcesOf(Root);

    internal IReadOnlyList<ArmResource> ResourcesOfType(string type) =>
        AllResources().Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The module deployment of main.bicep with the given deployment name (e.g. functionapp).</summary>
    internal ArmResource Module(string deploymentName) =>
        ResourcesOf(Root, recurse: false).Single(r => r.Type == "Microsoft.Resources/deployments" && r.Name == deploymentName);

    /// <summary>A parameter value main.bicep passes to a module.</summary>
    internal JsonElement ModuleParameter(string deploymentName, string parameter) =>
        Module(deploymentName).Properties.GetProperty("parameters").GetProperty(parameter).GetProperty("value");

    /// <summary>The app settings main.bicep hands to the Function App module.</summary>
    internal IReadOnlyDictionary<string, JsonElement> AppSettings() =>
        ModuleParameter("functionapp", "appSettings").EnumerateObject().ToDictionary(p => p.Name, p => p.Value);

    private static IEnumerable<ArmResource> ResourcesOf(JsonElement template, bool recurse = true)
    {
        if (!template.TryGetProperty("resources", out JsonElement resources))
        {
            yield break;
        }

        // Bicep emits an array, or an object keyed by symbolic name when language version 2.0 is on.
        IEnumerable<JsonElement> items = resources.ValueKind == JsonValueKind.Array
            ? resources.EnumerateArray()
            : resources.EnumerateObject().Select(p => p.Value);
        foreach (JsonElement resource in items)
        {
            yield return new ArmResource(resource, template);
            if (recurse
                && resource.TryGetProperty("properties", out JsonElement properties)
                && properties.ValueKind == JsonValueKind.Object
                && properties.TryGetProperty("template", out JsonElement nested))
            {
                foreach (ArmResource inner in ResourcesOf(nested))
                {
                    yield return inner;
                }
            }
        }
    }
}
