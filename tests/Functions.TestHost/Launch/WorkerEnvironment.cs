using System.Text.Json;

namespace Functions.TestHost.Launch;

/// <summary>
/// The worker's environment as the host and Core Tools build it (reference §2): the host's own environment, the
/// <c>Values</c> of a local.settings.json (a non-empty inherited variable wins), the test's settings (always win), and
/// the variables the host adds (<c>FUNCTIONS_WORKER_DIRECTORY</c>, <c>FUNCTIONS_APPLICATION_DIRECTORY</c>,
/// <c>FUNCTIONS_WORKER_RUNTIME</c>). Settings use the environment form: <c>Section__Key</c>.
/// </summary>
internal static class WorkerEnvironment
{
    public static Dictionary<string, string> Compose(string appDirectory, FunctionsTestHostOptions options)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            environment[(string)entry.Key] = (string?)entry.Value ?? string.Empty;
        }

        if (options.LocalSettingsPath is { } localSettings)
        {
            foreach (var (name, value) in ReadLocalSettings(localSettings))
            {
                if (!environment.TryGetValue(name, out var existing) || string.IsNullOrEmpty(existing))
                {
                    environment[name] = value;
                }
            }
        }

        foreach (var (name, value) in options.Settings)
        {
            if (value is null)
            {
                environment.Remove(name);
            }
            else
            {
                environment[name] = value;
            }
        }

        environment["FUNCTIONS_WORKER_DIRECTORY"] = appDirectory;
        environment["FUNCTIONS_APPLICATION_DIRECTORY"] = appDirectory;
        environment["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated";
        return environment;
    }

    /// <summary>The value of setting <paramref name="name"/> (<c>A:B</c>) in <paramref name="environment"/> (<c>A__B</c>), as the host's configuration reads it.</summary>
    public static string? Setting(IReadOnlyDictionary<string, string> environment, string name)
    {
        var key = name.Replace(":", "__", StringComparison.Ordinal);
        if (environment.TryGetValue(key, out var value) || environment.TryGetValue(name, out value))
        {
            return value;
        }

        // Configuration keys are case-insensitive.
        return environment.FirstOrDefault(pair => string.Equals(pair.Key, key, StringComparison.OrdinalIgnoreCase)).Value;
    }

    private static IEnumerable<(string Name, string Value)> ReadLocalSettings(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        if (root.TryGetProperty("IsEncrypted", out var encrypted) && encrypted.ValueKind == JsonValueKind.True)
        {
            throw new WorkerStartException($"{path} is encrypted; this host reads only plain local.settings.json files.");
        }

        if (root.TryGetProperty("Values", out var values) && values.ValueKind == JsonValueKind.Object)
        {
            foreach (var value in values.EnumerateObject())
            {
                yield return (value.Name, value.Value.ValueKind == JsonValueKind.String ? value.Value.GetString() ?? string.Empty : value.Value.GetRawText());
            }
        }
    }
}
