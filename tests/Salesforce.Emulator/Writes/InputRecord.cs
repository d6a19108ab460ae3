using System.Text.Json.Nodes;

namespace Salesforce.Emulator;

/// <summary>One record of a write request after parsing: its type, typed values by canonical field name, and any per-record error found so far.</summary>
internal sealed class InputRecord(int index, SObjectSchema schema, Dictionary<string, JsonNode?> values)
{
    public int Index { get; } = index;

    public SObjectSchema Schema { get; } = schema;

    /// <summary>Field values (Id included when sent), canonical names, case-insensitive keys.</summary>
    public Dictionary<string, JsonNode?> Values { get; } = values;

    /// <summary>A problem that fails only this record (e.g. an unknown field when <c>unknownFieldScope</c> is <c>record</c>).</summary>
    public SaveError? Error { get; set; }

    /// <summary>The <c>Id</c> the record carries, as sent.</summary>
    public string? GivenId => NodeValues.String(Values, "Id");
}
