namespace Salesforce.Emulator;

/// <summary>One field of an emulated object, with the describe facts that drive validation (reference §6).</summary>
internal sealed record FieldSchema
{
    public required string Name { get; init; }

    public required string Label { get; init; }

    public required FieldType Type { get; init; }

    /// <summary>Maximum length of text values (0 = not a text field).</summary>
    public int Length { get; init; }

    public bool Createable { get; init; }

    public bool Updateable { get; init; }

    /// <summary>False: the value can never be null.</summary>
    public bool Nillable { get; init; } = true;

    /// <summary>Salesforce fills it on create when it is missing (e.g. OwnerId).</summary>
    public bool DefaultedOnCreate { get; init; }

    /// <summary>Picklist values in order; for restricted checks (empty for other types).</summary>
    public IReadOnlyList<string> PicklistValues { get; init; } = [];

    /// <summary>Default picklist value in describe, if any.</summary>
    public string? DefaultPicklistValue { get; init; }

    /// <summary>Object types a reference may point to.</summary>
    public IReadOnlyList<string> ReferenceTo { get; init; } = [];

    public bool ExternalId { get; init; }

    public bool Unique { get; init; }

    public bool CaseSensitive { get; init; }

    public bool Custom { get; init; }

    /// <summary>A CRM Call Center field (Task.CallType...): left out when <c>settings.callCenterFields</c> is false.</summary>
    public bool CallCenter { get; init; }

    /// <summary>Insert fails with REQUIRED_FIELD_MISSING when it is absent or null.</summary>
    public bool RequiredOnCreate => !Nillable && !DefaultedOnCreate && Createable;

    /// <summary>Can identify a record in an upsert: the Id or an External ID field.</summary>
    public bool IdLookup => Type == FieldType.Id || ExternalId;

    /// <summary>Picklist values are checked (every picklist here is treated as restricted; reference §8.8).</summary>
    public bool IsRestrictedPicklist => Type == FieldType.Picklist && PicklistValues.Count > 0;
}
