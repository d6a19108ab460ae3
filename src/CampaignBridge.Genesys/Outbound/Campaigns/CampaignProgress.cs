namespace CampaignBridge.Genesys;

/// <summary>How far a campaign has worked through its contact list (<c>CampaignProgress</c>).</summary>
public sealed record CampaignProgress
{
    /// <summary>The campaign.</summary>
    public DomainEntityRef? Campaign { get; init; }

    /// <summary>The contact list.</summary>
    public DomainEntityRef? ContactList { get; init; }

    /// <summary>Contacts called so far.</summary>
    public long? NumberOfContactsCalled { get; init; }

    /// <summary>Contacts messaged so far.</summary>
    public long? NumberOfContactsMessaged { get; init; }

    /// <summary>Contacts in the list.</summary>
    public long? TotalNumberOfContacts { get; init; }

    /// <summary>Percentage complete.</summary>
    public long? Percentage { get; init; }

    /// <summary>Skipped contacts by reason.</summary>
    public IReadOnlyDictionary<string, int>? NumberOfContactsSkipped { get; init; }
}
