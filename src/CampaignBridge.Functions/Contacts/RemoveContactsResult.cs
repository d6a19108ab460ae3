namespace CampaignBridge.Functions.Contacts;

/// <summary>Answer of RemoveContacts.</summary>
public sealed record RemoveContactsResult
{
    /// <summary>The contact list.</summary>
    public required string ContactListId { get; init; }

    /// <summary>Distinct ids sent to Genesys for removal.</summary>
    public int Submitted { get; init; }

    /// <summary>Ids Genesys removed from the contact list.</summary>
    public IReadOnlyList<string>? Removed { get; init; }

    /// <summary>Ids Genesys kept because a campaign uses them; they are made uncallable instead.</summary>
    public IReadOnlyList<string>? Stopped { get; init; }

    /// <summary>Stable code when some ids could not be removed (see <see cref="Stopped"/>).</summary>
    public string? Code { get; init; }

    /// <summary>What an administrator can do about the ids that were kept.</summary>
    public string? Hint { get; init; }
}
