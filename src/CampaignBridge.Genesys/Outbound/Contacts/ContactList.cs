namespace CampaignBridge.Genesys;

/// <summary>An outbound contact list (<c>ContactList</c>).</summary>
public sealed record ContactList
{
    /// <summary>The contact list id (GUID).</summary>
    public string? Id { get; init; }

    /// <summary>The name.</summary>
    public string? Name { get; init; }

    /// <summary>The optimistic-concurrency version.</summary>
    public int? Version { get; init; }

    /// <summary>The columns; contact <c>data</c> keys must be among them.</summary>
    public IReadOnlyList<string> ColumnNames { get => field ?? []; init; }

    /// <summary>The phone columns.</summary>
    public IReadOnlyList<ContactPhoneNumberColumn> PhoneColumns { get => field ?? []; init; }

    /// <summary>Number of contacts (only when requested with <c>includeSize</c>).</summary>
    public long? Size { get; init; }

    /// <summary>The division.</summary>
    public DomainEntityRef? Division { get; init; }

    /// <summary>The API path of the list.</summary>
    public string? SelfUri { get; init; }
}
