using CampaignBridge.Genesys.Configuration;
using CampaignBridge.Genesys.Errors;
using CampaignBridge.Genesys.Http;
using CampaignBridge.Genesys.Serialization;

namespace CampaignBridge.Genesys.Conversations;

/// <summary><see cref="IGenesysConversationClient"/> over <see cref="GenesysApiTransport"/>.</summary>
internal sealed class GenesysConversationClient(GenesysApiTransport transport, IHttpClientFactory httpClientFactory, GenesysEndpoints endpoints) : IGenesysConversationClient
{
    /// <summary>The plain client for export downloads on another host (no bearer token).</summary>
    public const string DownloadClientName = "CampaignBridge.Genesys.Download";

    /// <summary>Largest export read (bytes); a larger one is refused rather than held in memory.</summary>
    public const int MaxExportBytes = 64 * 1024 * 1024;

    private const string DetailsQueryPath = "api/v2/analytics/conversations/details/query";
    private const string WrapUpCodesPath = "api/v2/routing/wrapupcodes";

    private static GenesysJsonContext Json => GenesysJsonContext.Wire;

    public async Task<ConversationQueryResponse> QueryConversationDetailsAsync(ConversationQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Paging.PageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Paging.PageSize, GenesysConversationLimits.MaxPageSize);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Paging.PageNumber, 1);

        // A query reads; repeating it is harmless.
        using var budget = transport.StartBudget(cancellationToken);
        using var request = GenesysApiTransport.JsonRequest(HttpMethod.Post, DetailsQueryPath, query, Json.ConversationQuery);
        return await transport.SendForJsonAsync(request, idempotent: true, Json.ConversationQueryResponse, "query conversation details", budget).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<WrapUpCode>> ListWrapUpCodesAsync(CancellationToken cancellationToken)
    {
        var codes = new List<WrapUpCode>();
        for (var page = 1; page <= GenesysConversationLimits.MaxWrapUpCodePages; page++)
        {
            using var budget = transport.StartBudget(cancellationToken);
            var listing = await transport.GetAsync(
                $"{WrapUpCodesPath}?pageSize={GenesysConversationLimits.WrapUpCodePageSize}&pageNumber={page}", Json.WrapUpCodeListing, "list wrap-up codes", budget)
                .ConfigureAwait(false);
            codes.AddRange(listing.Entities);
            if (page >= listing.PageCount || listing.Entities.Count == 0)
            {
                break;
            }
        }

        return codes;
    }

    public async Task StartContactListExportAsync(string contactListId, CancellationToken cancellationToken)
    {
        using var budget = transport.StartBudget(cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, ExportPath(contactListId));
        await transport.SendForSuccessAsync(request, idempotent: true, $"export contact list {contactListId}", budget).ConfigureAwait(false);
    }

    public async Task<ContactListExportUri?> GetContactListExportAsync(string contactListId, CancellationToken cancellationToken)
    {
        using var budget = transport.StartBudget(cancellationToken);
        try
        {
            return await transport.GetAsync(ExportPath(contactListId) + "?download=false", Json.ContactListExportUri, $"read the export of contact list {contactListId}", budget)
                .ConfigureAwait(false);
        }
        catch (GenesysApiException failure) when (failure.StatusCode == 404 && failure.GenesysCode == "no.available.list.export.uri")
        {
            return null; // not ready yet
        }
    }

    public async Task<IReadOnlyList<IReadOnlyDictionary<string, string>>> DownloadContactListExportAsync(ContactListExportUri export, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(export);
        if (!Uri.TryCreate(endpoints.ApiBaseUri, export.Uri, out var address))
        {
            throw new GenesysApiException(GenesysErrorCodes.Unavailable, "Genesys Cloud gave an export download address that is not a URL.", "Retry the export later.");
        }

        var operation = "download a contact-list export";
        using var budget = transport.StartBudget(cancellationToken);
        if (string.Equals(address.Authority, endpoints.ApiBaseUri.Authority, StringComparison.OrdinalIgnoreCase))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, address);
            using var response = await transport.SendAsync(request, idempotent: true, operation, budget).ConfigureAwait(false);
            return await ReadCsvAsync(response, operation, budget).ConfigureAwait(false);
        }

        // Elsewhere (a pre-signed storage address, UNCONFIRMED upstream): never send the bearer token, and only over https.
        if (address.Scheme != Uri.UriSchemeHttps && !address.IsLoopback)
        {
            throw new GenesysApiException(GenesysErrorCodes.Unavailable, $"Genesys Cloud gave an export download address on {address.Authority} that is not https.", "Retry the export later.");
        }

        var client = httpClientFactory.CreateClient(DownloadClientName);
        HttpResponseMessage downloaded;
        try
        {
            downloaded = await client.GetAsync(address, HttpCompletionOption.ResponseContentRead, budget.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (budget.IsExhausted && !budget.CallerToken.IsCancellationRequested)
        {
            // This client bypasses the transport, so its failures are translated here as the transport's are.
            throw GenesysErrorTranslator.Timeout(operation, budget.Budget, exception);
        }
        catch (HttpRequestException exception)
        {
            throw GenesysErrorTranslator.Unavailable(operation, exception);
        }

        using (downloaded)
        {
            return await ReadCsvAsync(downloaded, operation, budget).ConfigureAwait(false);
        }
    }

    private async Task<IReadOnlyList<IReadOnlyDictionary<string, string>>> ReadCsvAsync(HttpResponseMessage response, string operation, Resilience.OperationBudget budget)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw await transport.FailAsync(response, operation, budget).ConfigureAwait(false);
        }

        if (response.Content.Headers.ContentLength > MaxExportBytes)
        {
            throw new GenesysApiException(GenesysErrorCodes.Unavailable, $"The contact-list export is larger than {MaxExportBytes} bytes.", "Export a smaller list or raise the limit.");
        }

        var text = await response.Content.ReadAsStringAsync(budget.CallerToken).ConfigureAwait(false);
        return CsvReader.Read(text);
    }

    private static string ExportPath(string contactListId)
        => $"{Outbound.GenesysOutboundClient.ContactListsPath}/{GenesysApiTransport.Segment(contactListId, nameof(contactListId))}/export";
}
