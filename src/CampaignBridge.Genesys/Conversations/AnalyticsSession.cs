namespace CampaignBridge.Genesys;

/// <summary>A session of an analytics participant (the fields an outbound attempt needs).</summary>
public sealed record AnalyticsSession
{
    /// <summary>The session id.</summary>
    public string? SessionId { get; init; }

    /// <summary><c>voice</c>, <c>callback</c>, ...</summary>
    public string? MediaType { get; init; }

    /// <summary><c>inbound</c> or <c>outbound</c>.</summary>
    public string? Direction { get; init; }

    /// <summary>(Dialer) the outbound campaign.</summary>
    public string? OutboundCampaignId { get; init; }

    /// <summary>(Dialer) the contact; in CampaignBridge the Salesforce record id.</summary>
    public string? OutboundContactId { get; init; }

    /// <summary>(Dialer) the contact list.</summary>
    public string? OutboundContactListId { get; init; }

    /// <summary>(Dialer) the call-analysis result, e.g. <c>disposition.classification.callable.machine</c>.</summary>
    public string? DispositionName { get; init; }

    /// <summary>The dialed number, e.g. <c>tel:+14155550132</c>.</summary>
    public string? Dnis { get; init; }

    /// <summary>The session's segments in order.</summary>
    public IReadOnlyList<AnalyticsSegment> Segments { get => field ?? []; init; }

    /// <summary>The session's metrics (durations in milliseconds).</summary>
    public IReadOnlyList<AnalyticsMetric> Metrics { get => field ?? []; init; }
}
