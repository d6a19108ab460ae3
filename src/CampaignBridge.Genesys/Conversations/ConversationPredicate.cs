namespace CampaignBridge.Genesys;

/// <summary>One comparison of a detail-query filter (<c>type dimension</c>, <c>operator</c> matches/exists/notExists).</summary>
public sealed record ConversationPredicate
{
    /// <summary><c>dimension</c> (the only kind this client sends).</summary>
    public string Type { get => field ?? "dimension"; init; }

    /// <summary>The dimension compared, e.g. <c>outboundCampaignId</c> or <c>conversationEnd</c>.</summary>
    public required string Dimension { get; init; }

    /// <summary><c>matches</c> (default when null), <c>exists</c> or <c>notExists</c>.</summary>
    public string? Operator { get; init; }

    /// <summary>The value for <c>matches</c>.</summary>
    public string? Value { get; init; }
}
