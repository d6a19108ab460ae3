using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CampaignBridge.Host.Tests.BadInput;

/// <summary>
/// Bodies built from a request schema of the served document: a base value (every property present, placeholder
/// values that no semantic check accepts, so no mutation can reach Genesys), and for every place in it a mutation that
/// the schema forbids: null, each wrong JSON type, an unknown member, a repeated member, a missing required member.
/// </summary>
public sealed class JsonBodyMutations(OpenApiShapes shapes)
{
    private const string DuplicateMarker = "\u0001duplicate";

    /// <summary>One mutated body.</summary>
    public sealed record Mutation(BadInputKind Kind, string Description, byte[] Body);

    /// <summary>The base value of <paramref name="schema"/>.</summary>
    public JsonNode Base(JsonElement schema)
    {
        schema = shapes.Resolve(schema);
        switch (shapes.TypeOf(schema))
        {
            case "object":
                var node = new JsonObject();
                if (schema.TryGetProperty("properties", out var properties))
                {
                    foreach (var property in properties.EnumerateObject())
                    {
                        node[property.Name] = Base(property.Value);
                    }
                }
                else if (schema.TryGetProperty("additionalProperties", out var values) && values.ValueKind == JsonValueKind.Object)
                {
                    node["k"] = Base(values);
                }

                return node;
            case "array":
                return new JsonArray(Base(schema.GetProperty("items")));
            case "integer":
                return JsonValue.Create(1);
            case "number":
                return JsonValue.Create(1.5);
            case "boolean":
                return JsonValue.Create(true);
            default:
                return JsonValue.Create("x");
        }
    }

    public IEnumerable<Mutation> All(JsonElement schema)
    {
        var root = Base(schema);
        foreach (var mutation in Walk(schema, root, [], root))
        {
            yield return mutation;
        }
    }

    private IEnumerable<Mutation> Walk(JsonElement schema, JsonNode root, List<object> path, JsonNode node)
    {
        var resolved = shapes.Resolve(schema);
        var type = shapes.TypeOf(resolved);
        if (path.Count > 0)
        {
            yield return Replace(root, path, null, BadInputKind.NullValue, "null");
            foreach (var wrong in WrongValues(type))
            {
                yield return Replace(root, path, wrong, BadInputKind.WrongType, $"{wrong.ToJsonString()} where the schema says {type}");
            }
        }

        if (type == "object" && node is JsonObject obj)
        {
            var fixedMembers = resolved.TryGetProperty("properties", out var properties);
            if (fixedMembers)
            {
                yield return Edit(root, path, o => o["unexpectedMember"] = 1, BadInputKind.UnknownMember, "an unknown member");
                var required = resolved.TryGetProperty("required", out var list) ? list.EnumerateArray().Select(r => r.GetString()!).ToList() : [];
                foreach (var name in required)
                {
                    yield return Edit(root, path, o => o.Remove(name), BadInputKind.MissingRequired, $"required '{name}' left out");
                }
            }

            foreach (var name in obj.Select(p => p.Key).ToList())
            {
                yield return Repeat(root, path, name);
                var member = fixedMembers ? properties.GetProperty(name) : resolved.GetProperty("additionalProperties");
                foreach (var inner in Walk(member, root, [.. path, name], obj[name]!))
                {
                    yield return inner;
                }
            }
        }
        else if (type == "array" && node is JsonArray { Count: > 0 } array)
        {
            foreach (var inner in Walk(resolved.GetProperty("items"), root, [.. path, 0], array[0]!))
            {
                yield return inner;
            }
        }
    }

    private static IEnumerable<JsonNode> WrongValues(string type)
    {
        JsonNode[] all = [JsonValue.Create("x"), JsonValue.Create(12345), JsonValue.Create(1.5), JsonValue.Create(true), new JsonObject { ["a"] = 1 }, new JsonArray(JsonValue.Create("x"))];
        return type switch
        {
            "string" => all.Where(v => v.GetValueKind() != JsonValueKind.String),
            "integer" => all.Where(v => v.GetValueKind() != JsonValueKind.Number || v.ToJsonString().Contains('.', StringComparison.Ordinal)),
            "number" => all.Where(v => v.GetValueKind() != JsonValueKind.Number),
            "boolean" => all.Where(v => v.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False)),
            "array" => all.Where(v => v is not JsonArray),
            _ => all.Where(v => v is not JsonObject),
        };
    }

    private static Mutation Replace(JsonNode root, List<object> path, JsonNode? value, BadInputKind kind, string what)
    {
        var copy = root.DeepClone();
        var parent = Navigate(copy, path[..^1]);
        switch (path[^1])
        {
            case string name:
                parent.AsObject()[name] = value?.DeepClone();
                break;
            case int index:
                parent.AsArray()[index] = value?.DeepClone();
                break;
        }

        return new Mutation(kind, $"{Format(path)}: {what}", Encoding.UTF8.GetBytes(copy.ToJsonString()));
    }

    private static Mutation Edit(JsonNode root, List<object> path, Action<JsonObject> edit, BadInputKind kind, string what)
    {
        var copy = root.DeepClone();
        edit(Navigate(copy, path).AsObject());
        return new Mutation(kind, $"{Format(path)}: {what}", Encoding.UTF8.GetBytes(copy.ToJsonString()));
    }

    // JsonObject keeps names unique, so the repeat is written under a marker name and renamed in the text.
    private static Mutation Repeat(JsonNode root, List<object> path, string name)
    {
        var copy = root.DeepClone();
        var target = Navigate(copy, path).AsObject();
        target[DuplicateMarker] = target[name]!.DeepClone();
        var marker = JsonSerializer.Serialize(DuplicateMarker);
        var text = copy.ToJsonString().Replace(marker, JsonSerializer.Serialize(name), StringComparison.Ordinal);
        return new Mutation(BadInputKind.RepeatedMember, $"{Format([.. path, name])}: given twice", Encoding.UTF8.GetBytes(text));
    }

    private static JsonNode Navigate(JsonNode node, IEnumerable<object> path)
    {
        foreach (var step in path)
        {
            node = step is string name ? node[name]! : node[(int)step]!;
        }

        return node;
    }

    private static string Format(IEnumerable<object> path)
        => "$" + string.Concat(path.Select(p => p is int index ? $"[{index}]" : "." + p));
}
