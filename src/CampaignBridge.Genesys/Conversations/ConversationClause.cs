namespace CampaignBridge.Genesys;

/// <summary>A clause of a detail-query filter: predicates combined by <see cref="Type"/>.</summary>
public sealed record ConversationClause
{
    /// <summary><c>and</c> or <c>or</c>.</summary>
    public required string Type { get; init; }

    /// <summary>The predicates.</summary>
    public required IReadOnlyList<ConversationPredicate> Predicates { get; init; }
}
