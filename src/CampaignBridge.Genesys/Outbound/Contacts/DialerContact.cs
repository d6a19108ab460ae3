namespace CampaignBridge.Genesys;

/// <summary>A contact as stored by Genesys (<c>DialerContact</c>).</summary>
public sealed record DialerContact
{
    /// <summary>The contact id.</summary>
    public string? Id { get; init; }

    /// <summary>The contact name, when Genesys derives one.</summary>
    public string? Name { get; init; }

    /// <summary>The contact list.</summary>
    public string? ContactListId { get; init; }

    /// <summary>Column values.</summary>
    public IReadOnlyDictionary<string, string>? Data { get; init; }

    /// <summary>Contact-level callable flag.</summary>
    public bool? Callable { get; init; }

    /// <summary>The API path of the contact.</summary>
    public string? SelfUri { get; init; }
}
