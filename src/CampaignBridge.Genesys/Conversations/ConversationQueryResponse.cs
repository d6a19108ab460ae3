namespace CampaignBridge.Genesys;

/// <summary>One page of a detail query (<c>AnalyticsConversationQueryResponse</c>); <c>conversations</c> is left out when empty.</summary>
public sealed record ConversationQueryResponse
{
    /// <summary>The conversations of this page.</summary>
    public IReadOnlyList<AnalyticsConversation> Conversations { get => field ?? []; init; }

    /// <summary>How many conversations match in all.</summary>
    public int TotalHits { get; init; }
}
