using System.Text.Json;

namespace Functions.TestHost.Launch;

/// <summary>What this host reads from the app's host.json: the HTTP route prefix (<c>extensions.http.routePrefix</c>, default <c>api</c>).</summary>
internal static class HostJson
{
    public const string DefaultRoutePrefix = "api";

    public static string RoutePrefix(string appDirectory)
    {
        var path = Path.Combine(appDirectory, "host.json");
        if (!File.Exists(path))
        {
            return DefaultRoutePrefix;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return document.RootElement.TryGetProperty("extensions", out var extensions)
            && extensions.TryGetProperty("http", out var http)
            && http.TryGetProperty("routePrefix", out var prefix)
            && prefix.ValueKind == JsonValueKind.String
                ? prefix.GetString()!.Trim('/')
                : DefaultRoutePrefix;
    }
}
