namespace CampaignBridge.Genesys.Resilience;

/// <summary>Per-request facts the resilience pipeline needs, carried on <see cref="HttpRequestMessage.Options"/>.</summary>
internal static class GenesysRequestOptions
{
    /// <summary>Whether repeating the request is harmless (GET, PUT, DELETE, start/stop, upserts by id, DNC adds, bulk reads).</summary>
    public static readonly HttpRequestOptionsKey<bool> Idempotent = new("CampaignBridge.Genesys.Idempotent");

    /// <summary>When the operation's time budget ends; a 429 whose Retry-After reaches past it is not waited out.</summary>
    public static readonly HttpRequestOptionsKey<DateTimeOffset> Deadline = new("CampaignBridge.Genesys.Deadline");

    public static bool IsIdempotent(HttpRequestMessage? request)
        => request is not null && request.Options.TryGetValue(Idempotent, out var idempotent) && idempotent;

    public static DateTimeOffset? DeadlineOf(HttpRequestMessage? request)
        => request is not null && request.Options.TryGetValue(Deadline, out var deadline) ? deadline : null;
}
