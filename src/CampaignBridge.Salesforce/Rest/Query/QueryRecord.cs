using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;

namespace CampaignBridge.Salesforce;

/// <summary>
/// One record of a SOQL result: the JSON object Salesforce returned (<c>{attributes:{type,url}, Id, ...fields}</c>) with
/// field access by API name, case-insensitively like SOQL.
/// </summary>
public sealed class QueryRecord
{
    internal QueryRecord(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("A query record is a JSON object.", nameof(json));
        }

        Json = json;
    }

    /// <summary>The record as returned (independent of any document).</summary>
    public JsonElement Json { get; }

    /// <summary>The object type from <c>attributes.type</c>, e.g. <c>CampaignMember</c>.</summary>
    public string? Type
        => Json.TryGetProperty("attributes", out var attributes) && attributes.ValueKind == JsonValueKind.Object
           && attributes.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
            ? type.GetString()
            : null;

    /// <summary>The <c>Id</c> field, when selected.</summary>
    public string? Id => GetString("Id");

    /// <summary>Finds a field by API name (case-insensitive); a field selected but empty is present with a JSON null.</summary>
    public bool TryGetField(string field, [MaybeNullWhen(false)] out JsonElement value)
    {
        ArgumentException.ThrowIfNullOrEmpty(field);
        if (Json.TryGetProperty(field, out value))
        {
            return true;
        }

        foreach (var property in Json.EnumerateObject())
        {
            if (property.Name.Equals(field, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>A text field; numbers and booleans as their JSON text; null when absent or null.</summary>
    public string? GetString(string field)
        => TryGetField(field, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => null,
        } : null;

    /// <summary>A checkbox field; null when absent, null or not a boolean.</summary>
    public bool? GetBoolean(string field)
        => TryGetField(field, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;

    /// <summary>A number field; null when absent, null or not a number.</summary>
    public decimal? GetDecimal(string field)
        => TryGetField(field, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number) ? number : null;

    /// <summary>A date field (<c>yyyy-MM-dd</c>); null when absent, null or not a date.</summary>
    public DateOnly? GetDate(string field)
        => DateOnly.TryParseExact(GetString(field), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>Describes the record without its field values.</summary>
    public override string ToString() => $"{Type ?? "record"} {{ Id = {Id ?? "(none)"} }}";
}
