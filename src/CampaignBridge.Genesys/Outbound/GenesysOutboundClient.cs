using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using CampaignBridge.Genesys.Http;
using CampaignBridge.Genesys.Serialization;

namespace CampaignBridge.Genesys.Outbound;

/// <summary>
/// <see cref="IGenesysOutboundClient"/> over <see cref="GenesysApiTransport"/>. Campaign status changes and contact
/// writes have rules of their own and live in <see cref="CampaignStatusChanger"/> and <see cref="ContactWriter"/>.
/// </summary>
internal sealed class GenesysOutboundClient(GenesysApiTransport transport, CampaignStatusChanger statusChanger, ContactWriter contactWriter) : IGenesysOutboundClient
{
    internal const string CampaignsPath = "api/v2/outbound/campaigns";
    internal const string ContactListsPath = "api/v2/outbound/contactlists";
    private const string DncListsPath = "api/v2/outbound/dnclists";

    /// <summary>Upper bound on pages read by <see cref="ListAllCampaignsAsync"/> (100,000 campaigns).</summary>
    internal const int MaxCampaignPages = 1000;

    private static GenesysJsonContext Json => GenesysJsonContext.Wire;

    public async Task<CampaignEntityListing> ListCampaignsAsync(CampaignQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.PageSize, CampaignQuery.MaxPageSize);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageNumber, 1);

        var path = new StringBuilder(CampaignsPath)
            .Append(CultureInfo.InvariantCulture, $"?pageSize={query.PageSize}&pageNumber={query.PageNumber}");
        if (!string.IsNullOrWhiteSpace(query.Name))
        {
            path.Append("&name=").Append(Uri.EscapeDataString(query.Name));
        }

        using var budget = transport.StartBudget(cancellationToken);
        return await transport.GetAsync(path.ToString(), Json.CampaignEntityListing, "list campaigns", budget).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<Campaign> ListAllCampaignsAsync(string? name, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // One budget per page: the caller chose to read everything.
        for (var pageNumber = 1; pageNumber <= MaxCampaignPages; pageNumber++)
        {
            var page = await ListCampaignsAsync(new CampaignQuery(name, CampaignQuery.MaxPageSize, pageNumber), cancellationToken).ConfigureAwait(false);
            foreach (var campaign in page.Entities)
            {
                yield return campaign;
            }

            if (pageNumber >= page.PageCount || page.Entities.Count == 0)
            {
                yield break;
            }
        }
    }

    public async Task<Campaign> GetCampaignAsync(string campaignId, CancellationToken cancellationToken)
    {
        var path = CampaignPath(campaignId);
        using var budget = transport.StartBudget(cancellationToken);
        return await transport.GetAsync(path, Json.Campaign, $"get campaign {campaignId}", budget).ConfigureAwait(false);
    }

    public Task<Campaign> StartCampaignAsync(string campaignId, CancellationToken cancellationToken)
        => statusChanger.ChangeAsync(campaignId, turnOn: true, cancellationToken);

    public Task<Campaign> StopCampaignAsync(string campaignId, CancellationToken cancellationToken)
        => statusChanger.ChangeAsync(campaignId, turnOn: false, cancellationToken);

    public async Task<CampaignProgress> GetCampaignProgressAsync(string campaignId, CancellationToken cancellationToken)
    {
        var path = $"{CampaignPath(campaignId)}/progress";
        using var budget = transport.StartBudget(cancellationToken);
        return await transport.GetAsync(path, Json.CampaignProgress, $"get progress of campaign {campaignId}", budget).ConfigureAwait(false);
    }

    public async Task<CampaignStats> GetCampaignStatsAsync(string campaignId, CancellationToken cancellationToken)
    {
        var path = $"{CampaignPath(campaignId)}/stats";
        using var budget = transport.StartBudget(cancellationToken);
        return await transport.GetAsync(path, Json.CampaignStats, $"get stats of campaign {campaignId}", budget).ConfigureAwait(false);
    }

    public async Task<ContactList> GetContactListAsync(string contactListId, CancellationToken cancellationToken)
    {
        var path = $"{ContactListsPath}/{GenesysApiTransport.Segment(contactListId, nameof(contactListId))}?includeSize=true";
        using var budget = transport.StartBudget(cancellationToken);
        return await transport.GetAsync(path, Json.ContactList, $"get contact list {contactListId}", budget).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<DialerContact>> AddContactsAsync(
        string contactListId, IReadOnlyList<WritableDialerContact> contacts, ContactWriteOptions options, CancellationToken cancellationToken)
        => contactWriter.AddAsync(contactListId, contacts, options, cancellationToken);

    public Task<IReadOnlyList<DialerContact>> GetContactsAsync(string contactListId, IReadOnlyList<string> contactIds, CancellationToken cancellationToken)
        => contactWriter.GetAsync(contactListId, contactIds, cancellationToken);

    public Task<ContactRemovalResult> RemoveContactsAsync(string contactListId, IReadOnlyList<string> contactIds, CancellationToken cancellationToken)
        => contactWriter.RemoveAsync(contactListId, contactIds, cancellationToken);

    public async Task<DncList> GetDncListAsync(string dncListId, CancellationToken cancellationToken)
    {
        var path = DncListPath(dncListId);
        using var budget = transport.StartBudget(cancellationToken);
        return await transport.GetAsync(path, Json.DncList, $"get DNC list {dncListId}", budget).ConfigureAwait(false);
    }

    public async Task AddDncPhoneNumbersAsync(string dncListId, IReadOnlyList<string> phoneNumbers, DateTimeOffset? expiresAt, CancellationToken cancellationToken)
    {
        var path = $"{DncListPath(dncListId)}/phonenumbers";
        ArgumentNullException.ThrowIfNull(phoneNumbers);
        if (expiresAt is { } expiry)
        {
            // Genesys wants yyyy-MM-ddTHH:mmZ (minute precision, UTC).
            path += "?expirationDateTime=" + Uri.EscapeDataString(expiry.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture));
        }

        var added = 0;
        try
        {
            foreach (var chunk in phoneNumbers.Chunk(GenesysOutboundLimits.MaxDncNumbersPerAdd))
            {
                using var budget = transport.StartBudget(cancellationToken);
                using var request = GenesysApiTransport.JsonRequest(HttpMethod.Post, path, (IReadOnlyList<string>)chunk, Json.IReadOnlyListString);
                await transport.SendForSuccessAsync(request, idempotent: true, $"add numbers to DNC list {dncListId}", budget).ConfigureAwait(false);
                added += chunk.Length;
            }
        }
        catch (GenesysApiException failure)
        {
            throw failure.WithAcceptedBeforeFailure(added);
        }
    }

    internal static string CampaignPath(string campaignId) => $"{CampaignsPath}/{GenesysApiTransport.Segment(campaignId, nameof(campaignId))}";

    private static string DncListPath(string dncListId) => $"{DncListsPath}/{GenesysApiTransport.Segment(dncListId, nameof(dncListId))}";
}
