namespace Salesforce.Emulator;

/// <summary>Short builders for the standard field shapes, so the object definitions read like a describe.</summary>
internal static class Fields
{
    public static FieldSchema Id(string label) => new() { Name = "Id", Label = label, Type = FieldType.Id, Length = 18, Nillable = false, DefaultedOnCreate = true };

    public static FieldSchema Text(string name, string label, int length, FieldType type = FieldType.String, bool required = false) =>
        new() { Name = name, Label = label, Type = type, Length = length, Createable = true, Updateable = true, Nillable = !required };

    public static FieldSchema Picklist(string name, string label, IReadOnlyList<string> values, bool required = false, string? defaultValue = null) =>
        new()
        {
            Name = name,
            Label = label,
            Type = FieldType.Picklist,
            Length = 40,
            Createable = true,
            Updateable = true,
            Nillable = !required,
            DefaultedOnCreate = defaultValue is not null,
            PicklistValues = values,
            DefaultPicklistValue = defaultValue,
        };

    public static FieldSchema Reference(string name, string label, params string[] referenceTo) =>
        new() { Name = name, Label = label, Type = FieldType.Reference, Length = 18, Createable = true, Updateable = true, ReferenceTo = referenceTo };

    /// <summary>Checkboxes are never null; a missing value is false.</summary>
    public static FieldSchema Boolean(string name, string label) =>
        new() { Name = name, Label = label, Type = FieldType.Boolean, Createable = true, Updateable = true, Nillable = false, DefaultedOnCreate = true };

    public static FieldSchema Value(string name, string label, FieldType type) =>
        new() { Name = name, Label = label, Type = type, Createable = true, Updateable = true };

    /// <summary>The owner: defaulted to the running user on create.</summary>
    public static FieldSchema Owner(string label) => Reference("OwnerId", label, "User") with { Nillable = false, DefaultedOnCreate = true };

    public static FieldSchema ReadOnly(this FieldSchema field) => field with { Createable = false, Updateable = false };

    public static FieldSchema CreateOnly(this FieldSchema field) => field with { Updateable = false };

    /// <summary>The system audit fields every object has.</summary>
    public static IEnumerable<FieldSchema> Audit() =>
    [
        Value("CreatedDate", "Created Date", FieldType.DateTime).ReadOnly() with { Nillable = false },
        Reference("CreatedById", "Created By ID", "User").ReadOnly() with { Nillable = false },
        Value("LastModifiedDate", "Last Modified Date", FieldType.DateTime).ReadOnly() with { Nillable = false },
        Reference("LastModifiedById", "Last Modified By ID", "User").ReadOnly() with { Nillable = false },
        Value("SystemModstamp", "System Modstamp", FieldType.DateTime).ReadOnly() with { Nillable = false },
        Boolean("IsDeleted", "Deleted").ReadOnly(),
    ];
}
