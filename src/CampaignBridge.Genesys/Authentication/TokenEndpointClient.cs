using System.Net;
using CampaignBridge.OAuth;
using CampaignBridge.Genesys.Configuration;
using CampaignBridge.Genesys.Errors;
using Duende.IdentityModel.Client;

namespace CampaignBridge.Genesys.Authentication;

/// <summary>
/// Requests client-credentials tokens from <c>POST {login}/oauth/token</c> and explains refusals.
/// Uses Duende.IdentityModel for the request and the response parsing, with the RFC 2617 Basic style:
/// Genesys expects <c>Basic base64(id:secret)</c> without the RFC 6749 URL-encoding Duende applies by default
/// (the official SDK does not URL-encode either), so a secret with <c>+</c> or <c>/</c> would otherwise fail.
/// </summary>
internal sealed class TokenEndpointClient(IHttpClientFactory httpClientFactory, GenesysEndpoints endpoints, TimeProvider timeProvider) : ITokenEndpoint
{
    public const string HttpClientName = "CampaignBridge.Genesys.Login";

    /// <summary>Lifetime assumed when a response omits <c>expires_in</c>: the shortest lifetime Genesys grants.</summary>
    public static readonly TimeSpan AssumedLifetimeWhenMissing = TimeSpan.FromSeconds(300);

    private const string TokenPath = "oauth/token";

    public string ServiceName => "Genesys Cloud";

    public string Authority => LoginHost;

    public string LoginHost => endpoints.LoginBaseUri.Authority;

    /// <summary>
    /// <c>invalid_client</c>: the stored secret may have been rotated. <c>unauthorized_client</c>: the store may now name
    /// another client, one that has the grant. Either way one re-read is worth it.
    /// </summary>
    public bool IsCredentialRejection(Exception failure)
        => failure is GenesysApiException { ErrorCode: GenesysErrorCodes.InvalidClient or GenesysErrorCodes.UnauthorizedClient };

    public Exception TimedOut(TimeSpan timeout, Exception cause)
        => new GenesysApiException(
            GenesysErrorCodes.Timeout,
            $"The Genesys Cloud login service ({LoginHost}) did not answer within {timeout.TotalSeconds} s.",
            "The login service is slow or unreachable. Retry later; check the network path to the login host and https://status.mypurecloud.com.",
            innerException: cause);

    public async Task<AccessToken> RequestAsync(ClientCredentials credentials, CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(HttpClientName);
        using var request = new ClientCredentialsTokenRequest
        {
            Address = new Uri(endpoints.LoginBaseUri, TokenPath).AbsoluteUri,
            ClientId = credentials.ClientId,
            ClientSecret = credentials.ClientSecret,
            ClientCredentialStyle = ClientCredentialStyle.AuthorizationHeader,
            AuthorizationHeaderStyle = BasicAuthenticationHeaderStyle.Rfc2617,
        };

        var response = await client.RequestClientCredentialsTokenAsync(request, cancellationToken).ConfigureAwait(false);
        using var httpResponse = response.HttpResponse;
        if (response.ErrorType == ResponseErrorType.Exception && httpResponse is null)
        {
            throw new GenesysApiException(
                GenesysErrorCodes.Unavailable,
                $"The Genesys Cloud login service ({LoginHost}) could not be reached ({response.Exception?.GetType().Name}).",
                "Check the network path to the login host and that Genesys:Region is right; check https://status.mypurecloud.com.",
                innerException: response.Exception);
        }

        if (!response.IsError && !string.IsNullOrEmpty(response.AccessToken))
        {
            var issuedAt = timeProvider.GetUtcNow();
            var lifetime = response.ExpiresIn > 0 ? TimeSpan.FromSeconds(response.ExpiresIn) : AssumedLifetimeWhenMissing;
            return new AccessToken(response.AccessToken, credentials.ClientId, issuedAt, issuedAt + lifetime);
        }

        throw Explain(response, httpResponse, credentials.ClientId);
    }

    private GenesysApiException Explain(TokenResponse response, HttpResponseMessage? httpResponse, string clientId)
    {
        var status = httpResponse is null ? 0 : (int)httpResponse.StatusCode;
        var error = response.TryGet("error");
        var description = response.TryGet("error_description") ?? response.TryGet("description");
        var correlationId = httpResponse is null ? null : GenesysErrorTranslator.CorrelationId(httpResponse.Headers);
        var upstream = error is null ? $"HTTP {status}" : description is null ? error : $"{error}: {description}";
        var message = $"The Genesys Cloud login service ({LoginHost}) refused a token for OAuth client '{clientId}' with {status} ({upstream}).";

        var (errorCode, hint) = (error, status) switch
        {
            ("unauthorized_client", _) => (GenesysErrorCodes.UnauthorizedClient,
                "The client id and secret are right, but the OAuth client is not allowed the Client Credentials grant. Enable it in Genesys Cloud "
                + "Admin > Integrations > OAuth (Grant Types: Client Credentials), or configure a client created with that grant."),
            // Genesys answers 400 invalid_client "authentication failed" for a wrong secret, an unknown id and a disabled client
            // alike (reference §8.1), so the hint names every cause instead of guessing one.
            ("invalid_client", _) => (GenesysErrorCodes.InvalidClient,
                $"Genesys did not accept the OAuth client: the client id or secret is wrong (Key Vault secrets or Genesys:ClientId / Genesys:ClientSecret), "
                + $"the client belongs to another region (this app asked {LoginHost}; check Genesys:Region), or the client is disabled "
                + "(Admin > Integrations > OAuth: set it back to active). Genesys gives the same answer for all of these."),
            ("invalid_request" or "unsupported_grant_type" or "invalid_grant", _) => (GenesysErrorCodes.InvalidRequest,
                "The login service did not accept the token request's format (Basic header, form body grant_type=client_credentials). "
                + "Check that no proxy or gateway rewrites the request to the login host."),
            (_, >= 200 and < 300) => (GenesysErrorCodes.Unavailable,
                "The Genesys Cloud login service answered without a usable access token. Retry later; check Genesys:LoginBaseUrl if it is overridden."),
            (_, (int)HttpStatusCode.TooManyRequests) => (GenesysErrorCodes.RateLimited,
                "The Genesys Cloud login service is rate-limiting token requests. Tokens are cached; wait and retry."),
            (_, 0 or >= 500) => (GenesysErrorCodes.Unavailable,
                "The Genesys Cloud login service is failing. Retry later; check https://status.mypurecloud.com."),
            (_, (int)HttpStatusCode.Unauthorized) => (GenesysErrorCodes.InvalidClient,
                "Check the client id and secret and that Genesys:Region matches the org's region."),
            _ => (GenesysErrorCodes.InvalidRequest,
                "The login service refused the token request. Check Genesys:LoginBaseUrl / Genesys:Region and any proxy in between."),
        };

        var retryAfter = status == (int)HttpStatusCode.TooManyRequests && httpResponse is not null
            ? GenesysErrorTranslator.RetryAfter(httpResponse.Headers, timeProvider.GetUtcNow()) ?? TimeSpan.FromSeconds(1)
            : (TimeSpan?)null;
        return new GenesysApiException(errorCode, message, hint, status, error, contextId: null, correlationId: correlationId,
            retryAfter: retryAfter, innerException: response.Exception);
    }
}
