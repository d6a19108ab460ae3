namespace CampaignBridge.Salesforce;

/// <summary>One field of an <see cref="SObjectDescription"/>.</summary>
public sealed record SObjectFieldDescription
{
    /// <summary>The field API name, e.g. <c>CallDisposition</c>.</summary>
    public string Name { get => field ?? string.Empty; init; }

    /// <summary>The field label.</summary>
    public string? Label { get; init; }

    /// <summary>The describe type, e.g. <c>string</c>, <c>reference</c>, <c>picklist</c>, <c>boolean</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Whether the user may set it when creating a record.</summary>
    public bool Createable { get; init; }

    /// <summary>Whether the user may change it on an existing record.</summary>
    public bool Updateable { get; init; }

    /// <summary>Whether it may be empty.</summary>
    public bool Nillable { get; init; }

    /// <summary>Whether it is an external id (an upsert key).</summary>
    public bool ExternalId { get; init; }
}
