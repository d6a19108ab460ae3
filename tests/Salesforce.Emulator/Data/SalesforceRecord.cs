using System.Text.Json.Nodes;

namespace Salesforce.Emulator;

/// <summary>A snapshot of one record of the emulated org (later writes do not change it).</summary>
public sealed class SalesforceRecord
{
    internal SalesforceRecord(StoredRecord record)
    {
        Type = record.Type;
        Id = record.Id;
        Fields = record.Fields.ToDictionary(f => f.Key, f => f.Value?.DeepClone(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Object type, e.g. <c>Task</c>.</summary>
    public string Type { get; }

    /// <summary>18-character id.</summary>
    public string Id { get; }

    /// <summary>Every field value by API name (case-insensitive); JSON null for empty fields.</summary>
    public IReadOnlyDictionary<string, JsonNode?> Fields { get; }

    /// <summary>True when the record is in the recycle bin.</summary>
    public bool IsDeleted => GetBoolean("IsDeleted");

    /// <summary>A text, id, date or picklist value; null when empty or absent.</summary>
    public string? GetString(string field) => NodeValues.String(Fields, field);

    /// <summary>A checkbox value; false when empty or absent.</summary>
    public bool GetBoolean(string field) => NodeValues.Boolean(Fields, field);

    /// <summary>A number value; null when empty or absent.</summary>
    public double? GetNumber(string field) => NodeValues.Number(Fields, field);

    /// <inheritdoc />
    public override string ToString() => $"{Type} {Id}";
}
