namespace CampaignBridge.Genesys;

/// <summary>A participant of an analytics conversation.</summary>
public sealed record AnalyticsParticipant
{
    /// <summary>The participant id.</summary>
    public string? ParticipantId { get; init; }

    /// <summary><c>customer</c>, <c>agent</c>, <c>outbound</c>, <c>dialer</c>, <c>acd</c>, ...</summary>
    public string? Purpose { get; init; }

    /// <summary>The user, for agents.</summary>
    public string? UserId { get; init; }

    /// <summary>The participant's sessions.</summary>
    public IReadOnlyList<AnalyticsSession> Sessions { get => field ?? []; init; }
}
