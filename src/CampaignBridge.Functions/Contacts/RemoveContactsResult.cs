namespace CampaignBridge.Functions.Contacts;

/// <summary>Answer of RemoveContacts.</summary>
public sealed record RemoveContactsResult
{
    /// <summary>The contact list.</summary>
    public required string ContactListId { get; init; }

    /// <summary>Distinct ids sent to Genesys for removal (contacts in use by a running campaign are kept by Genesys).</summary>
    public int Submitted { get; init; }
}
