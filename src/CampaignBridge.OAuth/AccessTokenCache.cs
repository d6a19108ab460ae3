using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.OAuth;

/// <summary>
/// The per-instance token cache of one service: one <see cref="TokenSlot"/> per (login host, client id). Concurrent
/// callers share one token request (single flight), a token is renewed in the background ahead of expiry while it is
/// still served, a failing endpoint is backed off instead of hammered, and a rejected token is discarded exactly once.
/// The slot last used is kept in a field, so a cached token is returned without consulting the credential source, a
/// dictionary or a lock.
/// </summary>
/// <remarks>Each client derives a type of its own from this one, so both caches live side by side in one container.</remarks>
public class AccessTokenCache : IAccessTokenProvider
{
    private readonly ConcurrentDictionary<(string LoginHost, string ClientId), TokenSlot> _slots = new();
    private readonly ITokenEndpoint _endpoint;
    private readonly IClientCredentialSource _credentials;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private TokenSlot? _current;

    /// <summary>Creates the cache.</summary>
    /// <param name="endpoint">The login service's token endpoint.</param>
    /// <param name="credentials">Where the client id and secret come from.</param>
    /// <param name="timeProvider">The clock for lifetimes and back-off.</param>
    /// <param name="logger">Receives the cache's events (no secrets, no tokens).</param>
    public AccessTokenCache(ITokenEndpoint endpoint, IClientCredentialSource credentials, TimeProvider timeProvider, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _endpoint = endpoint;
        _credentials = credentials;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>How long one token request (including a credential re-read) may take; it is shared, so no single caller cancels it.</summary>
    public static TimeSpan TokenRequestTimeout => TokenRefreshPolicy.TokenRequestTimeout;

    /// <inheritdoc />
    public Task<AccessToken> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        var slot = Volatile.Read(ref _current);
        return slot?.TryGetCached() ?? GetSlowAsync(slot, cancellationToken);
    }

    /// <summary>Discards <paramref name="rejected"/> after the API answered 401 to it, unless a newer token replaced it already.</summary>
    /// <returns>Whether the token was discarded by this call.</returns>
    public bool Invalidate(AccessToken rejected)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        return Volatile.Read(ref _current)?.Invalidate(rejected) == true
            || (_slots.TryGetValue((_endpoint.Authority, rejected.ClientId), out var slot) && slot.Invalidate(rejected));
    }

    private async Task<AccessToken> GetSlowAsync(TokenSlot? current, CancellationToken cancellationToken)
    {
        var slot = current;
        if (slot is null)
        {
            var credentials = await _credentials.GetAsync(cancellationToken).ConfigureAwait(false);
            slot = _slots.GetOrAdd((_endpoint.Authority, credentials.ClientId), CreateSlot);
            Volatile.Write(ref _current, slot);
        }

        return await slot.GetAsync(current is null ? "no token yet" : "token expired or rejected", cancellationToken).ConfigureAwait(false);
    }

    private TokenSlot CreateSlot((string LoginHost, string ClientId) key)
        => new(_endpoint.ServiceName, key.LoginHost, key.ClientId, RequestTokenAsync, _timeProvider, _logger);

    private async Task<AccessToken> RequestTokenAsync(bool mayRetryServerError)
    {
        using var timeout = new CancellationTokenSource(TokenRefreshPolicy.TokenRequestTimeout, _timeProvider);
        try
        {
            try
            {
                return await RequestWithRotationAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (Exception failure) when (mayRetryServerError && TokenRefreshPolicy.IsServerBlip(failure as IUpstreamFailure))
            {
                // One 5xx of an endpoint that was fine (a cold start, a deployment on their side) would otherwise fail every
                // caller waiting for this token: ask once more at once, within the same time limit. No wait, so the callers'
                // budgets are not spent on it; an outage then meets the back-off as before.
                var upstream = (IUpstreamFailure)failure;
                TokenCacheLog.RetryingServerError(_logger, _endpoint.ServiceName, upstream.ErrorCode, upstream.StatusCode);
                return await RequestWithRotationAsync(timeout.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException canceled) when (timeout.IsCancellationRequested)
        {
            throw _endpoint.TimedOut(TokenRefreshPolicy.TokenRequestTimeout, canceled);
        }
    }

    private async Task<AccessToken> RequestWithRotationAsync(CancellationToken cancellationToken)
    {
        var credentials = await _credentials.GetAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await _endpoint.RequestAsync(credentials, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception rejected) when (_endpoint.IsCredentialRejection(rejected))
        {
            // The secret may have been rotated in the store: re-read it once and try once more.
            TokenCacheLog.RereadingCredentials(_logger, _endpoint.ServiceName, credentials.ClientId, (rejected as IUpstreamFailure)?.ErrorCode ?? rejected.GetType().Name);
            var refreshed = await _credentials.RefreshAsync(cancellationToken).ConfigureAwait(false);
            return await _endpoint.RequestAsync(refreshed, cancellationToken).ConfigureAwait(false);
        }
    }
}
