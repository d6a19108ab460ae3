namespace CampaignBridge.Genesys;

/// <summary>A segment of an analytics session.</summary>
public sealed record AnalyticsSegment
{
    /// <summary><c>dialing</c>, <c>interact</c>, <c>wrapup</c>, ...</summary>
    public string? SegmentType { get; init; }

    /// <summary>When the segment started.</summary>
    public DateTimeOffset? SegmentStart { get; init; }

    /// <summary>When the segment ended.</summary>
    public DateTimeOffset? SegmentEnd { get; init; }

    /// <summary>How the segment ended (<c>peer</c>, <c>client</c>, <c>system</c>, ...).</summary>
    public string? DisconnectType { get; init; }

    /// <summary>On <c>wrapup</c> segments: a system code literally (<c>ININ-OUTBOUND-*</c>) or an agent code's id.</summary>
    public string? WrapUpCode { get; init; }

    /// <summary>The agent's wrap-up note.</summary>
    public string? WrapUpNote { get; init; }
}
