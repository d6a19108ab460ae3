namespace Salesforce.Emulator;

/// <summary>
/// Matching of an upsert (reference §3.1, §3.3): no match → insert; one → update; more than one → error.
/// External ids compare case-insensitively unless the field is case-sensitive; the <c>Id</c> key on 15 characters.
/// </summary>
internal static class UpsertMatching
{
    public static UpsertMatch Find(InputRecord input, FieldSchema key, SalesforceState state)
    {
        if (key.Type == FieldType.Id)
        {
            var given = input.GivenId;
            if (given is null)
            {
                return new UpsertMatch.None();
            }

            return SalesforceIds.TryNormalize(given, out var id) && state.Store.Find(id) is { IsDeleted: false } record && record.Type == input.Schema.Name
                ? new UpsertMatch.One(record)
                : new UpsertMatch.Unknown();
        }

        var value = input.Values.GetValueOrDefault(key.Name);
        var matches = state.Store.Live(input.Schema.Name)
            .Where(r => NodeValues.SameText(r.Fields.GetValueOrDefault(key.Name), value, key.CaseSensitive))
            .ToList();
        return matches.Count switch
        {
            0 => new UpsertMatch.None(),
            1 => new UpsertMatch.One(matches[0]),
            _ => new UpsertMatch.Many(matches),
        };
    }
}
