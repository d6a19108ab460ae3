namespace CampaignBridge.Salesforce;

/// <summary>
/// <c>GET /sobjects/{type}/describe</c> as the Run As user sees it: fields hidden by field-level security are absent,
/// read-only ones are neither createable nor updateable. For diagnostics ("access to the objects and fields written").
/// </summary>
public sealed record SObjectDescription
{
    /// <summary>The object API name.</summary>
    public string Name { get => field ?? string.Empty; init; }

    /// <summary>The object label.</summary>
    public string? Label { get; init; }

    /// <summary>Whether the user may create records of the object.</summary>
    public bool Createable { get; init; }

    /// <summary>Whether the user may update records of the object.</summary>
    public bool Updateable { get; init; }

    /// <summary>The fields the user can see.</summary>
    public IReadOnlyList<SObjectFieldDescription> Fields { get => field ?? []; init; }

    /// <summary>The field with this API name (case-insensitive), or null when it does not exist or the user cannot see it.</summary>
    public SObjectFieldDescription? Field(string name)
        => Fields.FirstOrDefault(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}
