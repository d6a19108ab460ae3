using System.Net.Http.Headers;

namespace CampaignBridge.OAuth.Http;

/// <summary>The <c>Retry-After</c> header as a wait: whole seconds or an HTTP date, never negative.</summary>
public static class RetryAfterHeader
{
    /// <summary>How long to wait from <paramref name="now"/>; null when the header is absent.</summary>
    public static TimeSpan? WaitFrom(HttpResponseHeaders headers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var retryAfter = headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
