namespace CampaignBridge.Genesys;

/// <summary>A conversation as the detail query returns it; for an outbound campaign, one dial attempt.</summary>
public sealed record AnalyticsConversation
{
    /// <summary>The conversation id: the key of one attempt.</summary>
    public string? ConversationId { get; init; }

    /// <summary>When it started.</summary>
    public DateTimeOffset? ConversationStart { get; init; }

    /// <summary>When it ended; absent while it is live.</summary>
    public DateTimeOffset? ConversationEnd { get; init; }

    /// <summary><c>inbound</c> or <c>outbound</c>.</summary>
    public string? OriginatingDirection { get; init; }

    /// <summary>Customer, agent, dialer/outbound, ... participants.</summary>
    public IReadOnlyList<AnalyticsParticipant> Participants { get => field ?? []; init; }
}
