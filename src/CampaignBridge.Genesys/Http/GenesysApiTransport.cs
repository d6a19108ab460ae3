using CampaignBridge.OAuth.Http;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using CampaignBridge.Genesys.Errors;
using CampaignBridge.Genesys.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace CampaignBridge.Genesys.Http;

/// <summary>
/// The one way the typed clients (outbound, analytics) talk to the Platform API: the named <see cref="HttpClient"/>
/// (resilience pipeline, then the bearer token handler), the operation budget, and the translation of every failure
/// into a logged <see cref="GenesysApiException"/>.
/// </summary>
internal sealed class GenesysApiTransport(
    IHttpClientFactory httpClientFactory,
    IOptions<GenesysClientOptions> options,
    TimeProvider timeProvider,
    ILogger<GenesysApiTransport> logger)
{
    /// <summary>The named client carrying the resilience pipeline and the bearer token handler.</summary>
    public const string HttpClientName = "CampaignBridge.Genesys.Api";

    /// <summary>A budget of <see cref="GenesysClientOptions.TotalTimeout"/>, linked to the caller's token.</summary>
    public OperationBudget StartBudget(CancellationToken cancellationToken)
        => new(options.Value.TotalTimeout, timeProvider, cancellationToken);

    public async Task<T> GetAsync<T>(string path, JsonTypeInfo<T> type, string operation, OperationBudget budget)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        return await SendForJsonAsync(request, idempotent: true, type, operation, budget).ConfigureAwait(false);
    }

    public async Task<T> SendForJsonAsync<T>(HttpRequestMessage request, bool idempotent, JsonTypeInfo<T> type, string operation, OperationBudget budget)
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

    public async Task SendForSuccessAsync(HttpRequestMessage request, bool idempotent, string operation, OperationBudget budget)
    {
        using var response = await SendAsync(request, idempotent, operation, budget).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw await FailAsync(response, operation, budget).ConfigureAwait(false);
        }
    }

    /// <summary>Sends the request; transport failures are translated, HTTP failures are returned for the caller to judge.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, bool idempotent, string operation, OperationBudget budget)
    {
        request.Options.Set(UpstreamRequestOptions.Idempotent, idempotent);
        request.Options.Set(UpstreamRequestOptions.Deadline, budget.Deadline);
        var http = httpClientFactory.CreateClient(HttpClientName);
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

    /// <summary>Explains a failed response; <paramref name="campaignUpdate"/> marks a campaign PUT, where 409 is a stale version.</summary>
    public async Task<GenesysApiException> FailAsync(HttpResponseMessage response, string operation, OperationBudget budget, bool campaignUpdate = false)
        => Logged(await GenesysErrorTranslator.FromResponseAsync(response, operation, campaignUpdate, budget.CallerToken).ConfigureAwait(false), operation);

    public static HttpRequestMessage JsonRequest<T>(HttpMethod method, string path, T body, JsonTypeInfo<T> type)
        => new(method, path) { Content = JsonContent.Create(body, type) };

    /// <summary>An id as one escaped path segment.</summary>
    public static string Segment(string id, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id, parameterName);
        return Uri.EscapeDataString(id);
    }

    private GenesysApiException Logged(GenesysApiException exception, string operation)
    {
        TransportLog.OperationFailed(logger, operation, exception.ErrorCode, exception.StatusCode, exception.ContextId);
        return exception;
    }
}
