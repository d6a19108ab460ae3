namespace CampaignBridge.Functions.Contacts;

/// <summary>
/// Answer of RemoveContacts. Genesys deletes only contacts no campaign is using; CampaignBridge reads the ids back and makes
/// the ones Genesys kept uncallable, so none of the submitted contacts is dialed again either way.
/// </summary>
public sealed record RemoveContactsResult
{
    /// <summary>Code when some contacts were kept by Genesys and stopped instead of removed.</summary>
    public const string KeptInUseCode = "contacts.kept_in_use";

    /// <summary>The contact list.</summary>
    public required string ContactListId { get; init; }

    /// <summary>Distinct ids sent to Genesys for removal.</summary>
    public int Submitted { get; init; }

    /// <summary>Ids no longer in the contact list.</summary>
    public required IReadOnlyList<string> Removed { get; init; }

    /// <summary>Ids Genesys kept because a campaign uses them; they are now marked uncallable and will not be dialed.</summary>
    public required IReadOnlyList<string> Stopped { get; init; }

    /// <summary><see cref="KeptInUseCode"/> when <see cref="Stopped"/> is not empty; absent otherwise.</summary>
    public string? Code { get; init; }

    /// <summary>What to do about the stopped contacts; absent when every contact was removed.</summary>
    public string? Hint { get; init; }
}
