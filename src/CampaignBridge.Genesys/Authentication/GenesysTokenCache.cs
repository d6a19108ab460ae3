using System.Collections.Concurrent;
using CampaignBridge.Genesys.Configuration;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.Genesys.Authentication;

/// <summary>
/// The per-instance token cache: one <see cref="TokenSlot"/> per (login host, client id). The slot last used is kept
/// in a field, so a cached token is returned without consulting the credential source, a dictionary or a lock.
/// </summary>
internal sealed class GenesysTokenCache : IGenesysTokenProvider
{
    private readonly ConcurrentDictionary<(string LoginHost, string ClientId), TokenSlot> _slots = new();
    private readonly ICredentialSource _credentials;
    private readonly TokenEndpointClient _endpoint;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<GenesysTokenCache> _logger;
    private TokenSlot? _current;

    public GenesysTokenCache(ICredentialSource credentials, TokenEndpointClient endpoint, TimeProvider timeProvider, ILogger<GenesysTokenCache> logger)
    {
        _credentials = credentials;
        _endpoint = endpoint;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public Task<GenesysAccessToken> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        var slot = Volatile.Read(ref _current);
        return slot?.TryGetCached() ?? GetSlowAsync(slot, cancellationToken);
    }

    /// <summary>Discards <paramref name="rejected"/> after the API answered 401 to it, unless a newer token replaced it already.</summary>
    public bool Invalidate(GenesysAccessToken rejected)
        => Volatile.Read(ref _current)?.Invalidate(rejected) == true
           || (_slots.TryGetValue((_endpoint.LoginHost, rejected.ClientId), out var slot) && slot.Invalidate(rejected));

    private async Task<GenesysAccessToken> GetSlowAsync(TokenSlot? current, CancellationToken cancellationToken)
    {
        var slot = current;
        if (slot is null)
        {
            var credentials = await _credentials.GetAsync(cancellationToken).ConfigureAwait(false);
            slot = _slots.GetOrAdd((_endpoint.LoginHost, credentials.ClientId), CreateSlot);
            Volatile.Write(ref _current, slot);
        }

        return await slot.GetAsync(current is null ? "no token yet" : "token expired or rejected", cancellationToken).ConfigureAwait(false);
    }

    private TokenSlot CreateSlot((string LoginHost, string ClientId) key)
        => new(key.LoginHost, key.ClientId, RequestTokenAsync, _timeProvider, _logger);

    private async Task<GenesysAccessToken> RequestTokenAsync()
    {
        using var timeout = new CancellationTokenSource(TokenRefreshPolicy.TokenRequestTimeout, _timeProvider);
        try
        {
            return await RequestWithRotationAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException canceled) when (timeout.IsCancellationRequested)
        {
            throw new GenesysApiException(
                GenesysErrorCodes.Timeout,
                $"The Genesys Cloud login service ({_endpoint.LoginHost}) did not answer within {TokenRefreshPolicy.TokenRequestTimeout.TotalSeconds} s.",
                "The login service is slow or unreachable. Retry later; check the network path to the login host and https://status.mypurecloud.com.",
                innerException: canceled);
        }
    }

    private async Task<GenesysAccessToken> RequestWithRotationAsync(CancellationToken cancellationToken)
    {
        var credentials = await _credentials.GetAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await _endpoint.RequestAsync(credentials, cancellationToken).ConfigureAwait(false);
        }
        catch (GenesysApiException rejected) when (rejected.ErrorCode is GenesysErrorCodes.InvalidClient or GenesysErrorCodes.UnauthorizedClient)
        {
            // The secret may have been rotated in the store: re-read it once and try once more. unauthorized_client
            // counts too: Genesys has been seen answering it for a wrong secret (reference §1.4, §6 pitfall 3).
            TokenCacheLog.RereadingCredentials(_logger, credentials.ClientId, rejected.ErrorCode);
            var refreshed = await _credentials.RefreshAsync(cancellationToken).ConfigureAwait(false);
            return await _endpoint.RequestAsync(refreshed, cancellationToken).ConfigureAwait(false);
        }
    }
}
