using CampaignBridge.OAuth.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace CampaignBridge.Salesforce.Rest;

/// <summary>
/// The one way the client talks to the REST API: the allocation guard before a write, the named
/// <see cref="HttpClient"/> (resilience pipeline, then the bearer token handler), <c>Sforce-Limit-Info</c> read from every
/// response, and every failure translated into a logged <see cref="SalesforceApiException"/>.
/// </summary>
internal sealed class SalesforceApiTransport(
    IHttpClientFactory httpClientFactory,
    IOptions<SalesforceClientOptions> options,
    ApiAllocationGuard allocation,
    TimeProvider timeProvider,
    ILogger<SalesforceApiTransport> logger)
{
    /// <summary>The named client carrying the resilience pipeline and the bearer token handler.</summary>
    public const string HttpClientName = "CampaignBridge.Salesforce.Api";

    /// <summary>Identifies this client in the org's logs and event monitoring (reference §2).</summary>
    public const string CallOptionsHeader = "Sforce-Call-Options";

    public const string CallOptionsValue = "client=CampaignBridge";

    /// <summary>Sends <paramref name="call"/> and reads its JSON answer as <typeparamref name="T"/>.</summary>
    public async Task<T> SendAsync<T>(RestCall call, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        if (call.HeldBackWhenAllocationLow)
        {
            allocation.EnsureWriteAllowed(call.Operation);
        }

        using var request = new HttpRequestMessage(call.Method, call.Path) { Content = call.Content };
        // Every request this client sends is idempotent (reads, upserts by external id, updates by id); the flag stays
        // explicit so that a future create (POST) is not retried blindly.
        request.Options.Set(UpstreamRequestOptions.Idempotent, true);
        request.Options.Set(UpstreamRequestOptions.Deadline, timeProvider.GetUtcNow() + options.Value.TotalTimeout);
        using var response = await SendAsync(request, call.Operation, cancellationToken).ConfigureAwait(false);
        allocation.Observe(response);
        if (!response.IsSuccessStatusCode)
        {
            var failure = await SalesforceErrorTranslator.FromResponseAsync(response, call.Operation, call.NotFoundHint, timeProvider.GetUtcNow(), cancellationToken)
                .ConfigureAwait(false);
            throw Logged(failure, call.Operation);
        }

        try
        {
            // The body is buffered already (ResponseContentRead), so this does not wait on the network.
            return await response.Content.ReadFromJsonAsync(type, cancellationToken).ConfigureAwait(false)
                ?? throw new JsonException("The response body was empty.");
        }
        catch (JsonException exception)
        {
            throw Logged(SalesforceErrorTranslator.Unreadable(call.Operation, (int)response.StatusCode, exception.Message, exception), call.Operation);
        }
    }

    /// <summary>Logs and returns a failure the client found in an answer (e.g. a result count that does not match).</summary>
    public SalesforceApiException Unreadable(string operation, int status, string problem)
        => Logged(SalesforceErrorTranslator.Unreadable(operation, status, problem), operation);

    /// <summary>Logs a failure the client decided on (e.g. a query too large to read) and returns it.</summary>
    public SalesforceApiException Logged(SalesforceApiException exception, string operation)
    {
        SalesforceRestLog.OperationFailed(logger, operation, exception.ErrorCode, exception.StatusCode, exception.SalesforceCode);
        return exception;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string operation, CancellationToken cancellationToken)
    {
        var http = httpClientFactory.CreateClient(HttpClientName);
        try
        {
            return await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (TimeoutRejectedException exception)
        {
            throw Logged(SalesforceErrorTranslator.Timeout(operation, options.Value.TotalTimeout, exception), operation);
        }
        catch (BrokenCircuitException exception)
        {
            throw Logged(SalesforceErrorTranslator.CircuitOpen(operation, exception), operation);
        }
        catch (HttpRequestException exception)
        {
            throw Logged(SalesforceErrorTranslator.Unavailable(operation, exception), operation);
        }
    }
}
