using System.Text.Json;

namespace Functions.TestHost.Launch;

/// <summary>
/// The <c>description</c> of the app's <c>worker.config.json</c> (written by the Worker SDK into the build output):
/// how to start the worker. Only <c>dotnet-isolated</c> workers that index themselves are accepted (reference §2).
/// </summary>
internal sealed record WorkerConfig(string ExecutablePath, IReadOnlyList<string> Arguments, string WorkerPath, IReadOnlyList<string> WorkerArguments)
{
    public const string FileName = "worker.config.json";

    public static WorkerConfig Read(string appDirectory)
    {
        var path = Path.Combine(appDirectory, FileName);
        if (!File.Exists(path))
        {
            throw new WorkerStartException($"{path} does not exist: build the Function App first (the Worker SDK writes it into the output).");
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var description = document.RootElement.GetProperty("description");
        var language = Text(description, "language");
        if (!string.Equals(language, "dotnet-isolated", StringComparison.Ordinal))
        {
            throw new WorkerStartException($"{path}: language is '{language}'; this host runs only dotnet-isolated workers.");
        }

        if (!string.Equals(Text(description, "workerIndexing"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new WorkerStartException($"{path}: workerIndexing is not \"true\"; this host asks the worker for its metadata and reads no functions.metadata.");
        }

        var workerPath = Text(description, "defaultWorkerPath") ?? throw new WorkerStartException($"{path} has no description.defaultWorkerPath.");
        return new WorkerConfig(
            Environment.ExpandEnvironmentVariables(Text(description, "defaultExecutablePath") ?? "dotnet"),
            Strings(description, "arguments"),
            Path.GetFullPath(workerPath, appDirectory),
            Strings(description, "workerArguments"));
    }

    private static string? Text(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string[] Strings(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(v => Environment.ExpandEnvironmentVariables(v.GetString() ?? string.Empty)).ToArray()
            : [];
}
