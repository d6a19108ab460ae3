using System.Text.Json;
using System.Text.Json.Nodes;

namespace Salesforce.Emulator;

/// <summary>Reading typed values out of stored JSON field values, whether they were parsed or created in code.</summary>
internal static class NodeValues
{
    public static string? String(IReadOnlyDictionary<string, JsonNode?> fields, string field) =>
        fields.TryGetValue(field, out var node) ? String(node) : null;

    public static string? String(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static bool Boolean(IReadOnlyDictionary<string, JsonNode?> fields, string field) =>
        fields.TryGetValue(field, out var node) && node is JsonValue value && value.GetValueKind() == JsonValueKind.True;

    public static double? Number(IReadOnlyDictionary<string, JsonNode?> fields, string field) =>
        fields.TryGetValue(field, out var node) ? Number(node) : null;

    public static double? Number(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number
            ? double.Parse(value.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture)
            : null;

    /// <summary>A scalar as text (strings as they are, numbers and booleans as JSON); null for null.</summary>
    public static string? Text(JsonNode? node) => node is JsonValue value ? String(value) ?? value.ToJsonString() : null;

    /// <summary>Equality of two stored values as a text/number field compares them (case-insensitive unless <paramref name="caseSensitive"/>).</summary>
    public static bool SameText(JsonNode? a, JsonNode? b, bool caseSensitive) =>
        Text(a) is { } left && Text(b) is { } right
        && string.Equals(left, right, caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
}
