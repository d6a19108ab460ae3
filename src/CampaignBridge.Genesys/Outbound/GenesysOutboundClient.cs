using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using CampaignBridge.Genesys.Errors;
using CampaignBridge.Genesys.Resilience;
using CampaignBridge.Genesys.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace CampaignBridge.Genesys.Outbound;

/// <summary>
/// <see cref="IGenesysOutboundClient"/> over a typed <see cref="HttpClient"/> whose handler chain is
/// resilience pipeline, then <see cref="Authentication.BearerTokenHandler"/>.
/// </summary>
internal sealed class GenesysOutboundClient(
    HttpClient http,
    IOptions<GenesysClientOptions> options,
    TimeProvider timeProvider,
    ILogger<GenesysOutboundClient> logger) : IGenesysOutboundClient
{
    private const string CampaignsPath = "api/v2/outbound/campaigns";
    private const string ContactListsPath = "api/v2/outbound/contactlists";
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

        using var budget = StartBudget(cancellationToken);
        return await GetAsync(path.ToString(), Json.CampaignEntityListing, "list campaigns", budget).ConfigureAwait(false);
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
        using var budget = StartBudget(cancellationToken);
        return await GetAsync(path, Json.Campaign, $"get campaign {campaignId}", budget).ConfigureAwait(false);
    }

    public Task<Campaign> StartCampaignAsync(string campaignId, CancellationToken cancellationToken)
        => ChangeStatusAsync(campaignId, turnOn: true, cancellationToken);

    public Task<Campaign> StopCampaignAsync(string campaignId, CancellationToken cancellationToken)
        => ChangeStatusAsync(campaignId, turnOn: false, cancellationToken);

    public async Task<CampaignProgress> GetCampaignProgressAsync(string campaignId, CancellationToken cancellationToken)
    {
        var path = $"{CampaignPath(campaignId)}/progress";
        using var budget = StartBudget(cancellationToken);
        return await GetAsync(path, Json.CampaignProgress, $"get progress of campaign {campaignId}", budget).ConfigureAwait(false);
    }

    public async Task<CampaignStats> GetCampaignStatsAsync(string campaignId, CancellationToken cancellationToken)
    {
        var path = $"{CampaignPath(campaignId)}/stats";
        using var budget = StartBudget(cancellationToken);
        return await GetAsync(path, Json.CampaignStats, $"get stats of campaign {campaignId}", budget).ConfigureAwait(false);
    }

    public async Task<ContactList> GetContactListAsync(string contactListId, CancellationToken cancellationToken)
    {
        var path = $"{ContactListPath(contactListId)}?includeSize=true";
        using var budget = StartBudget(cancellationToken);
        return await GetAsync(path, Json.ContactList, $"get contact list {contactListId}", budget).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<DialerContact>> AddContactsAsync(
        string contactListId, IReadOnlyList<WritableDialerContact> contacts, ContactWriteOptions options, CancellationToken cancellationToken)
    {
        var path = ContactListPath(contactListId);
        ArgumentNullException.ThrowIfNull(contacts);
        ArgumentNullException.ThrowIfNull(options);
        var query = string.Create(CultureInfo.InvariantCulture,
            $"?priority={Flag(options.Priority)}&clearSystemData={Flag(options.ClearSystemData)}&doNotQueue={Flag(options.DoNotQueue)}");

        var added = new List<DialerContact>(contacts.Count);
        foreach (var chunk in contacts.Chunk(GenesysOutboundLimits.MaxContactsPerAdd))
        {
            IReadOnlyList<WritableDialerContact> body = Array.ConvertAll(chunk, contact =>
                string.IsNullOrEmpty(contact.ContactListId) ? contact with { ContactListId = contactListId } : contact);

            // An upsert by id can be repeated safely; a contact without id would be added twice.
            var idempotent = Array.TrueForAll(chunk, contact => !string.IsNullOrEmpty(contact.Id));

            // Each chunk is committed on its own, so each gets its own budget.
            using var budget = StartBudget(cancellationToken);
            using var request = JsonRequest(HttpMethod.Post, $"{path}/contacts{query}", body, Json.IReadOnlyListWritableDialerContact);
            added.AddRange(await SendForJsonAsync(request, idempotent, Json.IReadOnlyListDialerContact, $"add contacts to list {contactListId}", budget)
                .ConfigureAwait(false));
        }

        return added;
    }

    public async Task<IReadOnlyList<DialerContact>> GetContactsAsync(string contactListId, IReadOnlyList<string> contactIds, CancellationToken cancellationToken)
    {
        var path = ContactListPath(contactListId);
        ArgumentNullException.ThrowIfNull(contactIds);
        var found = new List<DialerContact>(contactIds.Count);
        foreach (var chunk in contactIds.Chunk(GenesysOutboundLimits.MaxContactsPerBulkGet))
        {
            using var budget = StartBudget(cancellationToken);
            using var request = JsonRequest(HttpMethod.Post, $"{path}/contacts/bulk", (IReadOnlyList<string>)chunk, Json.IReadOnlyListString);
            found.AddRange(await SendForJsonAsync(request, idempotent: true, Json.IReadOnlyListDialerContact, $"get contacts of list {contactListId}", budget)
                .ConfigureAwait(false));
        }

        return found;
    }

    public async Task RemoveContactsAsync(string contactListId, IReadOnlyList<string> contactIds, CancellationToken cancellationToken)
    {
        var path = ContactListPath(contactListId);
        ArgumentNullException.ThrowIfNull(contactIds);
        foreach (var chunk in contactIds.Chunk(GenesysOutboundLimits.MaxContactsPerDelete))
        {
            // Genesys (and its SDK) repeat the parameter per id: contactIds=a&contactIds=b.
            var query = string.Join('&', chunk.Select(id => "contactIds=" + Uri.EscapeDataString(id)));
            using var budget = StartBudget(cancellationToken);
            using var request = new HttpRequestMessage(HttpMethod.Delete, $"{path}/contacts?{query}");
            await SendForSuccessAsync(request, idempotent: true, $"remove contacts from list {contactListId}", budget).ConfigureAwait(false);
        }
    }

    public async Task<DncList> GetDncListAsync(string dncListId, CancellationToken cancellationToken)
    {
        var path = DncListPath(dncListId);
        using var budget = StartBudget(cancellationToken);
        return await GetAsync(path, Json.DncList, $"get DNC list {dncListId}", budget).ConfigureAwait(false);
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

        foreach (var chunk in phoneNumbers.Chunk(GenesysOutboundLimits.MaxDncNumbersPerAdd))
        {
            using var budget = StartBudget(cancellationToken);
            using var request = JsonRequest(HttpMethod.Post, path, (IReadOnlyList<string>)chunk, Json.IReadOnlyListString);
            await SendForSuccessAsync(request, idempotent: true, $"add numbers to DNC list {dncListId}", budget).ConfigureAwait(false);
        }
    }

    private async Task<Campaign> ChangeStatusAsync(string campaignId, bool turnOn, CancellationToken cancellationToken)
    {
        var path = CampaignPath(campaignId);
        var action = turnOn ? "start" : "stop";
        var operation = $"{action} campaign {campaignId}";

        // Reads, the action, the fallback and its re-reads share one budget: the caller (Apex) waits for all of them.
        using var budget = StartBudget(cancellationToken);
        var campaign = await GetAsync(path, Json.Campaign, operation, budget).ConfigureAwait(false);
        if (IsAlreadyThere(campaign, turnOn))
        {
            OutboundClientLog.AlreadyInStatus(logger, campaignId, campaign.CampaignStatus, action);
            return campaign;
        }

        using (var request = new HttpRequestMessage(HttpMethod.Post, $"{path}/{action}"))
        using (var response = await SendAsync(request, idempotent: true, operation, budget).ConfigureAwait(false))
        {
            if (response.IsSuccessStatusCode)
            {
                return await GetAsync(path, Json.Campaign, operation, budget).ConfigureAwait(false);
            }

            // 404 while the campaign itself was just read: an API without the start/stop actions.
            // 403: the client may hold outbound:campaign:edit but not :start/:stop; the PUT needs only edit.
            if (response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.Forbidden))
            {
                throw await FailAsync(response, operation, budget).ConfigureAwait(false);
            }

            OutboundClientLog.FallingBackToUpdate(logger, campaignId, action, (int)response.StatusCode);
        }

        for (var attempt = 1; ; attempt++)
        {
            // The whole object goes back (PUT replaces it), unknown fields included, with the version just read.
            var desired = campaign with { CampaignStatus = turnOn ? CampaignStatuses.On : CampaignStatuses.Off };
            using (var request = JsonRequest(HttpMethod.Put, path, desired, Json.Campaign))
            using (var response = await SendAsync(request, idempotent: true, operation, budget).ConfigureAwait(false))
            {
                if (response.IsSuccessStatusCode)
                {
                    return await GetAsync(path, Json.Campaign, operation, budget).ConfigureAwait(false);
                }

                if (response.StatusCode != HttpStatusCode.Conflict || attempt >= GenesysOutboundLimits.MaxVersionConflictAttempts)
                {
                    throw await FailAsync(response, operation, budget).ConfigureAwait(false);
                }
            }

            OutboundClientLog.VersionConflict(logger, campaignId, attempt, GenesysOutboundLimits.MaxVersionConflictAttempts);
            campaign = await GetAsync(path, Json.Campaign, operation, budget).ConfigureAwait(false);
            if (IsAlreadyThere(campaign, turnOn))
            {
                return campaign;
            }
        }
    }

    private static bool IsAlreadyThere(Campaign campaign, bool turnOn)
        => turnOn
            ? campaign.CampaignStatus is CampaignStatuses.On
            : campaign.CampaignStatus is CampaignStatuses.Off or CampaignStatuses.Stopping or CampaignStatuses.ForcedOff or CampaignStatuses.ForcedStopping;

    private OperationBudget StartBudget(CancellationToken cancellationToken)
        => new(options.Value.TotalTimeout, timeProvider, cancellationToken);

    private async Task<T> GetAsync<T>(string path, JsonTypeInfo<T> type, string operation, OperationBudget budget)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        return await SendForJsonAsync(request, idempotent: true, type, operation, budget).ConfigureAwait(false);
    }

    private async Task<T> SendForJsonAsync<T>(HttpRequestMessage request, bool idempotent, JsonTypeInfo<T> type, string operation, OperationBudget budget)
    {
        using var response = await SendAsync(request, idempotent, operation, budget).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw await FailAsync(response, operation, budget).ConfigureAwait(false);
        }

        try
        {
            // The body is buffered already (ResponseContentRead), so this does not wait on the network.
            return await response.Content.ReadFromJsonAsync(type, budget.CallerToken).ConfigureAwait(false)
                ?? throw new System.Text.Json.JsonException("The response body was empty.");
        }
        catch (System.Text.Json.JsonException exception)
        {
            throw Logged(new GenesysApiException(
                GenesysErrorCodes.Unavailable,
                $"Genesys Cloud {operation} returned a body that is not the expected JSON ({exception.Message}).",
                "Genesys Cloud answered unexpectedly. Retry later; if it persists check Genesys:ApiBaseUrl (a proxy or gateway may answer instead).",
                (int)response.StatusCode,
                correlationId: GenesysErrorTranslator.CorrelationId(response.Headers),
                innerException: exception), operation);
        }
    }

    private async Task SendForSuccessAsync(HttpRequestMessage request, bool idempotent, string operation, OperationBudget budget)
    {
        using var response = await SendAsync(request, idempotent, operation, budget).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw await FailAsync(response, operation, budget).ConfigureAwait(false);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, bool idempotent, string operation, OperationBudget budget)
    {
        request.Options.Set(GenesysRequestOptions.Idempotent, idempotent);
        request.Options.Set(GenesysRequestOptions.Deadline, budget.Deadline);
        try
        {
            return await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, budget.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (budget.CallerToken.IsCancellationRequested)
        {
            throw;
        }
        catch (TimeoutRejectedException exception)
        {
            throw Logged(GenesysErrorTranslator.Timeout(operation, budget.Budget, exception), operation);
        }
        catch (OperationCanceledException exception) when (budget.IsExhausted)
        {
            throw Logged(GenesysErrorTranslator.Timeout(operation, budget.Budget, exception), operation);
        }
        catch (BrokenCircuitException exception)
        {
            throw Logged(GenesysErrorTranslator.CircuitOpen(operation, exception), operation);
        }
        catch (HttpRequestException exception)
        {
            throw Logged(GenesysErrorTranslator.Unavailable(operation, exception), operation);
        }
    }

    private async Task<GenesysApiException> FailAsync(HttpResponseMessage response, string operation, OperationBudget budget)
        => Logged(await GenesysErrorTranslator.FromResponseAsync(response, operation, budget.CallerToken).ConfigureAwait(false), operation);

    private GenesysApiException Logged(GenesysApiException exception, string operation)
    {
        OutboundClientLog.OperationFailed(logger, operation, exception.ErrorCode, exception.StatusCode, exception.ContextId);
        return exception;
    }

    private static HttpRequestMessage JsonRequest<T>(HttpMethod method, string path, T body, JsonTypeInfo<T> type)
        => new(method, path) { Content = JsonContent.Create(body, type) };

    private static string Flag(bool value) => value ? "true" : "false";

    private static string CampaignPath(string campaignId) => $"{CampaignsPath}/{Segment(campaignId, nameof(campaignId))}";

    private static string ContactListPath(string contactListId) => $"{ContactListsPath}/{Segment(contactListId, nameof(contactListId))}";

    private static string DncListPath(string dncListId) => $"{DncListsPath}/{Segment(dncListId, nameof(dncListId))}";

    private static string Segment(string id, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id, parameterName);
        return Uri.EscapeDataString(id);
    }
}
