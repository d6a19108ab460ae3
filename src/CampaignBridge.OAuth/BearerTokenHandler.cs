using System.Net;
using System.Net.Http.Headers;

namespace CampaignBridge.OAuth;

/// <summary>
/// Puts the cached access token on every API request. A 401 discards exactly the token that failed and the request is
/// sent once more with a new one; a second 401 is returned to the caller, whose client explains it. Sits inside the
/// resilience handler, so every retry attempt picks up the current token.
/// </summary>
/// <param name="tokens">The cache of the service this handler's client talks to.</param>
public sealed class BearerTokenHandler(AccessTokenCache tokens) : DelegatingHandler
{
    private const string Scheme = "Bearer";

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var token = await tokens.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue(Scheme, token.Value);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        tokens.Invalidate(token);
        var renewed = await tokens.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue(Scheme, renewed.Value);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        => throw new NotSupportedException("The API clients are asynchronous only.");
}
