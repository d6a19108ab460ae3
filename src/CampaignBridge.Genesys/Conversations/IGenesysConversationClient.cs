namespace CampaignBridge.Genesys;

/// <summary>
/// Typed access to what the dialer did (reference genesys-call-results.md): the analytics detail query, wrap-up codes and
/// the contact-list export. Failures are <see cref="GenesysApiException"/>s, as on <see cref="IGenesysOutboundClient"/>.
/// </summary>
public interface IGenesysConversationClient
{
    /// <summary>Reads one page of <c>POST /api/v2/analytics/conversations/details/query</c>.</summary>
    Task<ConversationQueryResponse> QueryConversationDetailsAsync(ConversationQuery query, CancellationToken cancellationToken);

    /// <summary>Reads every wrap-up code (id and name), page by page.</summary>
    Task<IReadOnlyList<WrapUpCode>> ListWrapUpCodesAsync(CancellationToken cancellationToken);

    /// <summary>Starts an export of the contact list (<c>POST .../contactlists/{id}/export</c>).</summary>
    Task StartContactListExportAsync(string contactListId, CancellationToken cancellationToken);

    /// <summary>Where the latest export can be downloaded, or null while none is ready (<c>no.available.list.export.uri</c>).</summary>
    Task<ContactListExportUri?> GetContactListExportAsync(string contactListId, CancellationToken cancellationToken);

    /// <summary>
    /// Downloads an export and reads its CSV: one row per contact, column name to value. The bearer token goes only to the
    /// API host; a download address elsewhere is fetched without it (https only).
    /// </summary>
    Task<IReadOnlyList<IReadOnlyDictionary<string, string>>> DownloadContactListExportAsync(ContactListExportUri export, CancellationToken cancellationToken);
}
