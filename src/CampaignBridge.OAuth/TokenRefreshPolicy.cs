namespace CampaignBridge.OAuth;

/// <summary>
/// When a cached token is renewed. Genesys tokens live 5 min to 48 h (default 24 h); Salesforce does not say, and its
/// client assumes the org's session timeout. A token is served until <see cref="ExpiryMargin"/> before it expires; from
/// its refresh time on, one background request renews it while the current token keeps being served.
/// </summary>
internal static class TokenRefreshPolicy
{
    /// <summary>A token is treated as expired this long before <c>expires_in</c> elapses (clock skew, request time). Duende uses 60 s.</summary>
    public static readonly TimeSpan ExpiryMargin = TimeSpan.FromSeconds(60);

    /// <summary>Tokens living longer than this are refreshed at half their lifetime (MSAL's rule for long-lived tokens).</summary>
    public static readonly TimeSpan LongLivedThreshold = TimeSpan.FromHours(2);

    /// <summary>Shorter tokens start refreshing this long (at most) before the expiry margin (Azure.Core's 5 min).</summary>
    public static readonly TimeSpan MaxRefreshLeadTime = TimeSpan.FromMinutes(5);

    /// <summary>... but never more than this share of the lifetime (a 300 s token gets 60 s of refresh window).</summary>
    public const int RefreshLeadTimeLifetimeDivisor = 5;

    /// <summary>The expiry margin never exceeds this share of the lifetime, so very short tokens are still used.</summary>
    public const int ExpiryMarginLifetimeDivisor = 4;

    /// <summary>First wait after a failed token request before the endpoint is asked again.</summary>
    public static readonly TimeSpan InitialBackoff = TimeSpan.FromSeconds(1);

    /// <summary>The wait doubles per consecutive failure up to this.</summary>
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    /// <summary>A token request (including a credential refresh) is abandoned after this; it is shared, so no single caller cancels it.</summary>
    public static readonly TimeSpan TokenRequestTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Whether a failure is a server error (5xx) that did not ask for a wait: from an endpoint that had not been failing,
    /// it is asked once more at once (a load balancer or deployment blip), and the second answer is the request's result.
    /// </summary>
    public static bool IsServerBlip(IUpstreamFailure? failure)
        => failure is { StatusCode: >= 500 and < 600 } && (failure.RetryAfter is not { } wait || wait <= TimeSpan.Zero);

    /// <summary>The last moment the token is handed out.</summary>
    public static DateTimeOffset UsableUntil(AccessToken token)
    {
        var lifetime = Positive(token.Lifetime);
        var margin = Min(ExpiryMargin, lifetime / ExpiryMarginLifetimeDivisor);
        return token.ExpiresAt - margin;
    }

    /// <summary>From this moment a background renewal starts.</summary>
    public static DateTimeOffset RefreshAt(AccessToken token)
    {
        var lifetime = Positive(token.Lifetime);
        if (lifetime > LongLivedThreshold)
        {
            return token.IssuedAt + lifetime / 2;
        }

        var lead = Min(MaxRefreshLeadTime, lifetime / RefreshLeadTimeLifetimeDivisor);
        return UsableUntil(token) - lead;
    }

    /// <summary>Wait before the next token request after <paramref name="consecutiveFailures"/> failures (1 s, 2 s, 4 s ... 30 s).</summary>
    public static TimeSpan Backoff(int consecutiveFailures, TimeSpan? retryAfter)
    {
        var exponent = Math.Clamp(consecutiveFailures - 1, 0, 16);
        var backoff = Min(MaxBackoff, InitialBackoff * Math.Pow(2, exponent));
        return retryAfter is { } wait && wait > backoff ? Min(MaxBackoff, wait) : backoff;
    }

    private static TimeSpan Positive(TimeSpan value) => value > TimeSpan.Zero ? value : TimeSpan.Zero;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
