namespace CampaignBridge.Salesforce.Rest;

/// <summary>Per-request facts the resilience pipeline needs, carried on <see cref="HttpRequestMessage.Options"/>.</summary>
internal static class SalesforceRequestOptions
{
    /// <summary>Whether repeating the request is harmless (reads, upserts by external id, updates by id).</summary>
    public static readonly HttpRequestOptionsKey<bool> Idempotent = new("CampaignBridge.Salesforce.Idempotent");

    /// <summary>When the request's time budget ends; a <c>Retry-After</c> reaching past it is not waited out.</summary>
    public static readonly HttpRequestOptionsKey<DateTimeOffset> Deadline = new("CampaignBridge.Salesforce.Deadline");

    public static bool IsIdempotent(HttpRequestMessage? request)
        => request is not null && request.Options.TryGetValue(Idempotent, out var idempotent) && idempotent;

    public static DateTimeOffset? DeadlineOf(HttpRequestMessage? request)
        => request is not null && request.Options.TryGetValue(Deadline, out var deadline) ? deadline : null;
}
