namespace CampaignBridge.OAuth.Http;

/// <summary>
/// Per-request facts an upstream client's resilience pipeline needs, carried on <see cref="HttpRequestMessage.Options"/>:
/// whether the request may be repeated, and when its time budget ends.
/// </summary>
public static class UpstreamRequestOptions
{
    /// <summary>Whether repeating the request is harmless (reads, writes by id); only those are retried after a 5xx or a timeout.</summary>
    public static readonly HttpRequestOptionsKey<bool> Idempotent = new("CampaignBridge.Upstream.Idempotent");

    /// <summary>When the operation's time budget ends; a <c>Retry-After</c> reaching past it is not waited out.</summary>
    public static readonly HttpRequestOptionsKey<DateTimeOffset> Deadline = new("CampaignBridge.Upstream.Deadline");

    /// <summary>True when the request was marked <see cref="Idempotent"/>.</summary>
    public static bool IsIdempotent(HttpRequestMessage? request)
        => request is not null && request.Options.TryGetValue(Idempotent, out var idempotent) && idempotent;

    /// <summary>The request's <see cref="Deadline"/>, if it has one.</summary>
    public static DateTimeOffset? DeadlineOf(HttpRequestMessage? request)
        => request is not null && request.Options.TryGetValue(Deadline, out var deadline) ? deadline : null;
}
