using System.Text.Json;
using System.Text.Json.Nodes;
using CampaignBridge.Functions.OpenApi;
using CampaignBridge.Functions.Tests.Infrastructure;
using CampaignBridge.Testing;

namespace CampaignBridge.Functions.Tests.OpenApi;

/// <summary>
/// The OpenAPI document as <c>GetOpenApiDocument</c> serves it from the real container, read once per test class, and
/// the Apex reserved keywords (tools/apex-check/reserved-keywords.json, the list the Apex lint uses).
/// </summary>
public sealed class ServedOpenApiDocument : IAsyncLifetime
{
    /// <summary>The served JSON text.</summary>
    public string Body { get; private set; } = string.Empty;

    /// <summary>The served document as a mutable-free JSON tree.</summary>
    public JsonNode Root { get; private set; } = new JsonObject();

    /// <summary>The Apex reserved keywords, lower case.</summary>
    public static IReadOnlySet<string> ApexReservedWords { get; } = ReadReservedWords();

    public async ValueTask InitializeAsync()
    {
        await using var app = await CampaignBridgeApp.StartAsync();
        var response = await CampaignBridgeApp.SendAsync(TestRequest.Get(app.Services, "/api/openapi.json"), app.Function<GetOpenApiDocument>().Run);
        response.StatusCode.ShouldBe(200);
        Body = response.Body;
        Root = JsonNode.Parse(Body)!;
    }

    public ValueTask DisposeAsync()
    {
        if (_folder is not null && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>The served document written to a file (for the command-line validators), deleted with the fixture.</summary>
    public string WriteToFile()
    {
        _folder ??= Directory.CreateTempSubdirectory("campaignbridge-openapi-").FullName;
        var path = Path.Combine(_folder, "campaignbridge.openapi.json");
        File.WriteAllText(path, Body);
        return path;
    }

    private string? _folder;

    /// <summary>Every operation as (path, method, operation object).</summary>
    public IEnumerable<(string Path, string Method, JsonObject Operation)> Operations()
    {
        foreach (var (path, item) in Root["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                yield return (path, method, operation!.AsObject());
            }
        }
    }

    /// <summary>Every JSON object in the document with the JSON-pointer-like path that leads to it.</summary>
    public IEnumerable<(string Path, JsonObject Node)> Objects()
    {
        var pending = new Stack<(string, JsonNode?)>();
        pending.Push(("#", Root));
        while (pending.Count > 0)
        {
            var (path, node) = pending.Pop();
            switch (node)
            {
                case JsonObject obj:
                    yield return (path, obj);
                    foreach (var (key, child) in obj)
                    {
                        pending.Push(($"{path}/{key}", child));
                    }

                    break;
                case JsonArray array:
                    for (var index = 0; index < array.Count; index++)
                    {
                        pending.Push(($"{path}/{index}", array[index]));
                    }

                    break;
            }
        }
    }

    private static HashSet<string> ReadReservedWords()
    {
        var file = Path.Combine(RepositoryRoot.Find(), "tools", "apex-check", "reserved-keywords.json");
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        return document.RootElement.GetProperty("keywords").EnumerateArray()
            .Select(keyword => keyword.GetString()!.ToLowerInvariant())
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
