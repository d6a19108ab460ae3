namespace CampaignBridge.Genesys;

/// <summary>
/// Typed access to the Genesys Cloud outbound API. Every failure is a <see cref="GenesysApiException"/>
/// with a stable <see cref="GenesysApiException.ErrorCode"/>; cancellation surfaces as <see cref="OperationCanceledException"/>.
/// </summary>
public interface IGenesysOutboundClient
{
    /// <summary>Reads one page of campaigns.</summary>
    Task<CampaignEntityListing> ListCampaignsAsync(CampaignQuery query, CancellationToken cancellationToken);

    /// <summary>Reads every campaign (optionally filtered by name prefix), page by page.</summary>
    IAsyncEnumerable<Campaign> ListAllCampaignsAsync(string? name, CancellationToken cancellationToken);

    /// <summary>Reads one campaign.</summary>
    Task<Campaign> GetCampaignAsync(string campaignId, CancellationToken cancellationToken);

    /// <summary>
    /// Turns a campaign on in two round trips: <c>POST .../start</c>, then a read. Idempotent: a campaign that is already
    /// <c>on</c> is returned whatever the action answers for it. Falls back to <c>GET</c> + <c>PUT</c> (with the current
    /// version, re-read on 409) when the action is missing or not permitted. Returns the campaign as read afterwards.
    /// </summary>
    Task<Campaign> StartCampaignAsync(string campaignId, CancellationToken cancellationToken);

    /// <summary>
    /// Turns a campaign off. Idempotent: an <c>off</c> or <c>stopping</c> campaign is returned as it is.
    /// Same endpoint/fallback rules as <see cref="StartCampaignAsync"/>. Returns the campaign as read afterwards.
    /// </summary>
    Task<Campaign> StopCampaignAsync(string campaignId, CancellationToken cancellationToken);

    /// <summary>Reads how far a campaign has progressed.</summary>
    Task<CampaignProgress> GetCampaignProgressAsync(string campaignId, CancellationToken cancellationToken);

    /// <summary>Reads live dialer statistics of a campaign.</summary>
    Task<CampaignStats> GetCampaignStatsAsync(string campaignId, CancellationToken cancellationToken);

    /// <summary>Reads a contact list (with its size).</summary>
    Task<ContactList> GetContactListAsync(string contactListId, CancellationToken cancellationToken);

    /// <summary>
    /// Adds or updates contacts (upsert by id), in requests of at most <see cref="GenesysOutboundLimits.MaxContactsPerAdd"/>.
    /// When a later request fails, the exception's <see cref="GenesysApiException.AcceptedBeforeFailure"/> counts the contacts
    /// the earlier ones wrote.
    /// </summary>
    Task<IReadOnlyList<DialerContact>> AddContactsAsync(
        string contactListId, IReadOnlyList<WritableDialerContact> contacts, ContactWriteOptions options, CancellationToken cancellationToken);

    /// <summary>Reads contacts by id, in requests of at most <see cref="GenesysOutboundLimits.MaxContactsPerBulkGet"/>; unknown ids are omitted.</summary>
    Task<IReadOnlyList<DialerContact>> GetContactsAsync(string contactListId, IReadOnlyList<string> contactIds, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes contacts by id (requests of at most <see cref="GenesysOutboundLimits.MaxContactsPerDelete"/>), reads them back,
    /// and makes the ones Genesys kept because a campaign uses them uncallable, so none is dialed again.
    /// </summary>
    Task<ContactRemovalResult> RemoveContactsAsync(string contactListId, IReadOnlyList<string> contactIds, CancellationToken cancellationToken);

    /// <summary>Reads a DNC list.</summary>
    Task<DncList> GetDncListAsync(string dncListId, CancellationToken cancellationToken);

    /// <summary>Appends phone numbers to an Internal DNC list, optionally expiring at <paramref name="expiresAt"/> (minute precision, UTC).</summary>
    Task AddDncPhoneNumbersAsync(string dncListId, IReadOnlyList<string> phoneNumbers, DateTimeOffset? expiresAt, CancellationToken cancellationToken);
}
