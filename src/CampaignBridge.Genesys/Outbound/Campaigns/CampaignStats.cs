namespace CampaignBridge.Genesys;

/// <summary>Live dialer statistics of a campaign (<c>CampaignStats</c>).</summary>
public sealed record CampaignStats
{
    /// <summary>Attempts and connects.</summary>
    public CampaignContactRate? ContactRate { get; init; }

    /// <summary>Agents idle on the campaign.</summary>
    public int? IdleAgents { get; init; }

    /// <summary>Idle agents weighted by utilisation.</summary>
    public double? EffectiveIdleAgents { get; init; }

    /// <summary>Calls per agent after adjustment.</summary>
    public double? AdjustedCallsPerAgent { get; init; }

    /// <summary>Calls in progress.</summary>
    public int? OutstandingCalls { get; init; }

    /// <summary>Calls scheduled.</summary>
    public int? ScheduledCalls { get; init; }

    /// <summary>Calls rescheduled for time-zone reasons.</summary>
    public int? TimeZoneRescheduledCalls { get; init; }

    /// <summary>Contacts filtered out.</summary>
    public int? FilteredOutContactsCount { get; init; }

    /// <summary>Right-party contacts.</summary>
    public int? RightPartyContactsCount { get; init; }

    /// <summary>Valid attempts.</summary>
    public int? ValidAttempts { get; init; }

    /// <summary>Outbound line usage.</summary>
    public CampaignLinesUtilization? LinesUtilization { get; init; }

    /// <summary>Outcomes by business category.</summary>
    public CampaignBusinessCategoryMetrics? BusinessCategoryMetrics { get; init; }
}
