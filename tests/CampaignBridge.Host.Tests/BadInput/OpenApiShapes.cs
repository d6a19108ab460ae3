using System.Text.Json;

namespace CampaignBridge.Host.Tests.BadInput;

/// <summary>Reads the operations and schemas of an OpenAPI 3.0 document (JSON), resolving <c>#/components/schemas</c> references.</summary>
public sealed class OpenApiShapes
{
    private readonly JsonElement _root;

    public OpenApiShapes(string json)
    {
        using var document = JsonDocument.Parse(json);
        _root = document.RootElement.Clone();
        Operations = ReadOperations().ToList();
    }

    public IReadOnlyList<ApiOperationShape> Operations { get; }

    /// <summary>The schema itself, or the component it references.</summary>
    public JsonElement Resolve(JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            schema = _root.GetProperty("components").GetProperty("schemas").GetProperty(name);
        }

        return schema;
    }

    /// <summary>The schema's <c>type</c> (after resolving), or <c>object</c> when it has properties.</summary>
    public string TypeOf(JsonElement schema)
    {
        schema = Resolve(schema);
        if (schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String)
        {
            return type.GetString()!;
        }

        return schema.TryGetProperty("properties", out _) || schema.TryGetProperty("additionalProperties", out _) ? "object" : "string";
    }

    private IEnumerable<ApiOperationShape> ReadOperations()
    {
        foreach (var path in _root.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                if (operation.Value.ValueKind != JsonValueKind.Object || !operation.Value.TryGetProperty("responses", out _))
                {
                    continue;
                }

                var parameters = operation.Value.TryGetProperty("parameters", out var list) ? list.EnumerateArray().ToList() : [];
                JsonElement? body = operation.Value.TryGetProperty("requestBody", out var requestBody)
                    && requestBody.GetProperty("content").TryGetProperty("application/json", out var json)
                        ? json.GetProperty("schema")
                        : null;
                yield return new ApiOperationShape(
                    operation.Name.ToUpperInvariant(),
                    path.Name,
                    operation.Value.GetProperty("operationId").GetString()!,
                    parameters.Where(p => p.GetProperty("in").GetString() == "path").Select(p => p.GetProperty("name").GetString()!).ToList(),
                    parameters.Where(p => p.GetProperty("in").GetString() == "query").Select(p => (p.GetProperty("name").GetString()!, p.GetProperty("schema"))).ToList(),
                    body);
            }
        }
    }
}
