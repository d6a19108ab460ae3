namespace Salesforce.Emulator;

/// <summary>An emulated object type: name, key prefix and fields in describe order.</summary>
internal sealed class SObjectSchema
{
    private readonly Dictionary<string, FieldSchema> byName;

    public SObjectSchema(string name, string labelPlural, string keyPrefix, IEnumerable<FieldSchema> fields)
    {
        Name = name;
        LabelPlural = labelPlural;
        KeyPrefix = keyPrefix;
        Fields = [.. fields];
        byName = Fields.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
    }

    public string Name { get; }

    public string LabelPlural { get; }

    public string KeyPrefix { get; }

    public IReadOnlyList<FieldSchema> Fields { get; }

    /// <summary>The field with this name (case-insensitive, as the API treats names), or null.</summary>
    public FieldSchema? Field(string name) => byName.GetValueOrDefault(name);
}
