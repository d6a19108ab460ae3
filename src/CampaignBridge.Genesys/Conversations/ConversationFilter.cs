namespace CampaignBridge.Genesys;

/// <summary>A detail-query filter: <c>and</c>/<c>or</c> over predicates and (one level of) clauses.</summary>
public sealed record ConversationFilter
{
    /// <summary><c>and</c> or <c>or</c>.</summary>
    public required string Type { get; init; }

    /// <summary>Predicates combined by <see cref="Type"/>.</summary>
    public IReadOnlyList<ConversationPredicate>? Predicates { get; init; }

    /// <summary>Clauses combined by <see cref="Type"/>.</summary>
    public IReadOnlyList<ConversationClause>? Clauses { get; init; }
}
