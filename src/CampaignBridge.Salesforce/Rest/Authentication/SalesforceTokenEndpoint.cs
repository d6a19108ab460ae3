using CampaignBridge.OAuth.Http;
using System.Globalization;
using System.Net;
using CampaignBridge.OAuth;
using Duende.IdentityModel.Client;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.Salesforce.Rest;

/// <summary>
/// Requests client-credentials tokens from <c>POST {InstanceUrl}/services/oauth2/token</c> (reference §1.1) and explains
/// refusals. The consumer key and secret go in the form body (<c>client_id</c>, <c>client_secret</c>), as the reference
/// recommends: one encoding less to get wrong than HTTP Basic. Duende.IdentityModel builds the request and reads the response.
/// </summary>
internal sealed class SalesforceTokenEndpoint(
    IHttpClientFactory httpClientFactory,
    SalesforceEndpoints endpoints,
    Microsoft.Extensions.Options.IOptions<SalesforceClientOptions> options,
    TimeProvider timeProvider,
    ILogger<SalesforceTokenEndpoint> logger) : ITokenEndpoint
{
    public const string HttpClientName = "CampaignBridge.Salesforce.Login";

    public string ServiceName => "Salesforce";

    public string Authority => endpoints.InstanceUri.Authority;

    public bool IsCredentialRejection(Exception failure)
        => failure is SalesforceApiException rejection && TokenRefusals.IsCredentialRejection(rejection.ErrorCode);

    public Exception TimedOut(TimeSpan timeout, Exception cause)
        => new SalesforceApiException(
            SalesforceErrorCodes.Timeout,
            $"The Salesforce token endpoint ({Authority}) did not answer within {timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.",
            "The org's token endpoint is slow or unreachable. Retry later; check the network path to Salesforce:InstanceUrl and https://status.salesforce.com.",
            innerException: cause);

    public async Task<AccessToken> RequestAsync(ClientCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var client = httpClientFactory.CreateClient(HttpClientName);
        using var request = new ClientCredentialsTokenRequest
        {
            Address = endpoints.TokenUri.AbsoluteUri,
            ClientId = credentials.ClientId,
            ClientSecret = credentials.ClientSecret,
            ClientCredentialStyle = ClientCredentialStyle.PostBody,
        };

        var response = await client.RequestClientCredentialsTokenAsync(request, cancellationToken).ConfigureAwait(false);
        using var httpResponse = response.HttpResponse;
        if (response.ErrorType == ResponseErrorType.Exception && httpResponse is null)
        {
            throw new SalesforceApiException(
                SalesforceErrorCodes.Unavailable,
                $"The Salesforce token endpoint ({Authority}) could not be reached ({response.Exception?.GetType().Name}).",
                "Check Salesforce:InstanceUrl and the network path to it; check https://status.salesforce.com.",
                innerException: response.Exception);
        }

        if (!response.IsError && !string.IsNullOrEmpty(response.AccessToken))
        {
            return Accept(response, credentials.ClientId);
        }

        throw Explain(response, httpResponse, credentials.ClientId);
    }

    /// <summary>
    /// The token's lifetime is counted from its receipt, not from <c>issued_at</c>: Salesforce may hand out a session it
    /// issued earlier, and one that lives longer than assumed would then look expired on arrival and be requested again on
    /// every call. A session that ends earlier than assumed costs one 401 and one new token.
    /// </summary>
    private AccessToken Accept(TokenResponse response, string clientId)
    {
        var receivedAt = timeProvider.GetUtcNow();
        var instanceUrl = response.TryGet("instance_url");
        if (!endpoints.IsSameOrigin(instanceUrl))
        {
            // Reference §1.1.3 says to use instance_url. With the My Domain required by this flow the two are the same
            // origin; when they differ the configuration is stale, so say so instead of silently following the token.
            SalesforceRestLog.InstanceUrlDiffers(logger, instanceUrl, endpoints.InstanceUri.GetLeftPart(UriPartial.Authority));
        }

        var (organizationId, userId) = IdentitySegments(response.TryGet("id"));
        SalesforceRestLog.SessionIssued(logger, userId, organizationId, IssuedAt(response.TryGet("issued_at")));
        return new AccessToken(response.AccessToken!, clientId, receivedAt, receivedAt + options.Value.AssumedSessionLifetime);
    }

    private SalesforceApiException Explain(TokenResponse response, HttpResponseMessage? httpResponse, string clientId)
    {
        var status = httpResponse is null ? 0 : (int)httpResponse.StatusCode;
        var error = response.Error is { Length: > 0 } e && response.ErrorType == ResponseErrorType.Protocol ? e : response.TryGet("error");
        var description = response.ErrorDescription ?? response.TryGet("error_description");
        var upstream = error is null ? $"HTTP {status}" : description is null ? error : $"{error}: {description}";
        var (errorCode, hint) = TokenRefusals.Explain(error, description, status);
        var message = $"The Salesforce token endpoint ({Authority}) refused a token for consumer key '{clientId}' with {status} ({upstream}).";
        var retryAfter = httpResponse is not null && (errorCode == SalesforceErrorCodes.OAuthRateLimited || httpResponse.StatusCode == HttpStatusCode.ServiceUnavailable)
            ? RetryAfterHeader.WaitFrom(httpResponse.Headers, timeProvider.GetUtcNow())
            : null;
        return new SalesforceApiException(errorCode, message, hint, status, error, retryAfter, response.Exception);
    }

    /// <summary><c>issued_at</c> is a string of epoch milliseconds (reference §1.1.3); null when absent or unreadable.</summary>
    internal static DateTimeOffset? IssuedAt(string? value)
        => long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)
           && milliseconds <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()
            ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds)
            : null;

    /// <summary>The identity URL <c>https://host/id/{orgId}/{userId}</c>: its last two path segments.</summary>
    internal static (string? OrganizationId, string? UserId) IdentitySegments(string? identityUrl)
    {
        if (!Uri.TryCreate(identityUrl, UriKind.Absolute, out var uri))
        {
            return (null, null);
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length >= 3 && segments[^3] == "id" ? (segments[^2], segments[^1]) : (null, null);
    }
}
