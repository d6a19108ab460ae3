using System.Text.Json.Nodes;

namespace Salesforce.Emulator;

/// <summary>One record of the emulated org: its type, 18-character id and field values (canonical field names).</summary>
internal sealed class StoredRecord
{
    public StoredRecord(string type, string id, Dictionary<string, JsonNode?> fields)
    {
        Type = type;
        Id = id;
        Fields = fields;
        Fields["Id"] = id;
    }

    public string Type { get; }

    public string Id { get; }

    /// <summary>Field values keyed by API name (case-insensitive).</summary>
    public Dictionary<string, JsonNode?> Fields { get; }

    public bool IsDeleted => GetBoolean("IsDeleted");

    public string? GetString(string field) => NodeValues.String(Fields, field);

    public bool GetBoolean(string field) => NodeValues.Boolean(Fields, field);

    public StoredRecord Clone() => new(Type, Id, Fields.ToDictionary(f => f.Key, f => f.Value?.DeepClone(), StringComparer.OrdinalIgnoreCase));
}
