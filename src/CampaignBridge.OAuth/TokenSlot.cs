using Microsoft.Extensions.Logging;

namespace CampaignBridge.OAuth;

/// <summary>
/// The cache of one (login host, client id): at most one token, at most one token request in flight.
/// Readers take a lock-free fast path over an immutable <see cref="CachedToken"/>; everything else runs under a lock.
/// </summary>
/// <remarks>
/// The request delegate reads the credentials itself (and re-reads them once when the endpoint refuses them), so after a
/// rotation to another client id the token it returns names that client in <see cref="AccessToken.ClientId"/>. Its
/// argument says whether it may retry one server error at once: only while the endpoint has not been failing, so an
/// outage is still met with back-off alone.
/// </remarks>
internal sealed class TokenSlot(
    string serviceName,
    string loginHost,
    string clientId,
    Func<bool, Task<AccessToken>> requestToken,
    TimeProvider timeProvider,
    ILogger logger)
{
    private readonly Lock _gate = new();

    // Written under _gate, read lock-free: an immutable entry is swapped whole, so readers never see a torn state.
    private CachedToken? _cached;

    // Guarded by _gate.
    private Task<CachedToken>? _inFlight;
    private Task<CachedToken>? _lastFailure;
    private int _consecutiveFailures;
    private long _retryNotBeforeTimestamp;

    /// <summary>The fast path: the cached token while it is fresh, or while it is still usable and a renewal is under way.</summary>
    public Task<AccessToken>? TryGetCached()
    {
        var cached = Volatile.Read(ref _cached);
        if (cached is null)
        {
            return null;
        }

        var now = timeProvider.GetTimestamp();
        if (now < cached.RefreshAtTimestamp)
        {
            return cached.Completed;
        }

        if (now >= cached.UsableUntilTimestamp)
        {
            return null;
        }

        RefreshInBackground(now);
        return cached.Completed;
    }

    /// <summary>The slow path: join the request in flight, fail fast during back-off, or start a request.</summary>
    public async Task<AccessToken> GetAsync(string reason, CancellationToken cancellationToken)
    {
        Task<CachedToken> pending;
        lock (_gate)
        {
            var now = timeProvider.GetTimestamp();
            var cached = _cached;
            if (cached is not null && now < cached.UsableUntilTimestamp)
            {
                return cached.Token;
            }

            if (_inFlight is not null)
            {
                pending = _inFlight;
            }
            else if (_lastFailure is not null && now < _retryNotBeforeTimestamp)
            {
                // Back-off: hand out the last error at once instead of hammering a failing endpoint.
                pending = _lastFailure;
            }
            else
            {
                pending = StartRequest(reason);
            }
        }

        var entry = await pending.WaitAsync(cancellationToken).ConfigureAwait(false);
        return entry.Token;
    }

    /// <summary>Drops <paramref name="rejected"/> if it is still the cached token; a newer token is kept (compare-and-swap).</summary>
    public bool Invalidate(AccessToken rejected)
    {
        var cached = Volatile.Read(ref _cached);
        if (cached is null || !ReferenceEquals(cached.Token, rejected))
        {
            return false;
        }

        var swapped = ReferenceEquals(Interlocked.CompareExchange(ref _cached, null, cached), cached);
        if (swapped)
        {
            TokenCacheLog.TokenRejected(logger, serviceName, clientId, rejected.ExpiresAt);
        }

        return swapped;
    }

    private void RefreshInBackground(long now)
    {
        lock (_gate)
        {
            if (_inFlight is not null || (_lastFailure is not null && now < _retryNotBeforeTimestamp))
            {
                return;
            }

            var refresh = StartRequest("refresh ahead of expiry");

            // Nobody awaits a background refresh; its failure is logged and backed off, and must not go unobserved.
            _ = refresh.ContinueWith(
                static task => _ = task.Exception,
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }
    }

    // Caller holds _gate. Task.Run keeps the request off the caller's cancellation and guarantees it does not
    // complete synchronously inside the lock (which would leave a finished task as "in flight").
    private Task<CachedToken> StartRequest(string reason)
    {
        TokenCacheLog.RequestingToken(logger, serviceName, clientId, loginHost, reason);
        var mayRetryServerError = _consecutiveFailures == 0;
        var request = Task.Run(() => RequestAsync(mayRetryServerError));
        _inFlight = request;
        return request;
    }

    private async Task<CachedToken> RequestAsync(bool mayRetryServerError)
    {
        try
        {
            var token = await requestToken(mayRetryServerError).ConfigureAwait(false);
            var entry = new CachedToken(token, timeProvider);
            lock (_gate)
            {
                Volatile.Write(ref _cached, entry);
                _inFlight = null;
                _lastFailure = null;
                _consecutiveFailures = 0;
                _retryNotBeforeTimestamp = 0;
            }

            TokenCacheLog.TokenObtained(logger, serviceName, token.ClientId, token.ExpiresAt, TokenRefreshPolicy.RefreshAt(token));
            return entry;
        }
        catch (Exception exception)
        {
            var upstream = exception as IUpstreamFailure;
            DateTimeOffset retryNotBefore;
            lock (_gate)
            {
                _consecutiveFailures++;
                var backoff = TokenRefreshPolicy.Backoff(_consecutiveFailures, upstream?.RetryAfter);
                retryNotBefore = timeProvider.GetUtcNow() + backoff;
                _retryNotBeforeTimestamp = timeProvider.GetTimestamp() + (long)(backoff.TotalSeconds * timeProvider.TimestampFrequency);
                _lastFailure = Task.FromException<CachedToken>(exception);
                _ = _lastFailure.Exception; // observed here; callers during back-off still get it when they await
                _inFlight = null;
            }

            if (upstream is not null)
            {
                TokenCacheLog.TokenRequestFailed(logger, serviceName, upstream.ErrorCode, upstream.StatusCode, retryNotBefore, upstream.Hint);
            }
            else
            {
                TokenCacheLog.TokenRequestFailedUnexpectedly(logger, serviceName, exception.GetType().Name, retryNotBefore, exception);
            }

            throw;
        }
    }
}
