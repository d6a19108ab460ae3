namespace CampaignBridge.Genesys;

/// <summary>A contact to add or update (<c>WritableDialerContact</c>); upserted by <see cref="Id"/>.</summary>
public sealed record WritableDialerContact
{
    /// <summary>Custom contact id (e.g. the Salesforce record id); an existing id updates that contact. Letters and digits only.</summary>
    public string? Id { get; init; }

    /// <summary>The contact list; filled in from the call's contact list id when empty.</summary>
    public string? ContactListId { get; init; }

    /// <summary>Column values; keys must be columns of the list.</summary>
    public required IDictionary<string, string> Data { get; init; }

    /// <summary>Contact-level callable flag.</summary>
    public bool? Callable { get; init; }
}
