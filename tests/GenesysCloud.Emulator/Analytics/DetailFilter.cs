namespace GenesysCloud.Emulator;

/// <summary>A detail-query filter: <c>{type: and|or, predicates, clauses: [{type, predicates}]}</c> ("up to two levels of nesting").</summary>
internal sealed record DetailFilter(string Type, IReadOnlyList<DetailPredicate> Predicates, IReadOnlyList<DetailFilter> Clauses)
{
    /// <summary>Combines this filter's predicates and clauses with its <see cref="Type"/>.</summary>
    public bool Matches(Func<DetailPredicate, bool> predicate)
    {
        var results = Predicates.Select(predicate).Concat(Clauses.Select(c => c.Matches(predicate)));
        return Type == "or" ? results.Any(r => r) : results.All(r => r);
    }
}
