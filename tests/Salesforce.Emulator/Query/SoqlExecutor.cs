using System.Text.Json.Nodes;

namespace Salesforce.Emulator;

/// <summary>Runs a parsed query over the live records (query, not queryAll: deleted records are left out). Callers hold the state gate.</summary>
internal static class SoqlExecutor
{
    /// <summary>Largest OFFSET the API accepts.</summary>
    public const int MaxOffset = 2_000;

    public static (int TotalSize, List<JsonObject> Records) Run(SoqlQuery query, RestRequest request, SalesforceState state)
    {
        var schema = state.Catalog.Find(query.From.Text)
            ?? throw SoqlException.At(RestErrors.InvalidType, query.Text, query.From.Column,
                $"sObject type '{query.From.Text}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.");
        var predicates = new SoqlPredicates(query.Text, schema, request.User);
        var fields = query.Fields.Select(f => predicates.Field(f.Text, f.Column)).ToList();
        if (fields.GroupBy(f => f.Name).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            var column = query.Fields.Last(f => string.Equals(f.Text, duplicate.Key, StringComparison.OrdinalIgnoreCase)).Column;
            throw SoqlException.At(RestErrors.MalformedQuery, query.Text, column, $"duplicate field selected: {duplicate.Key}");
        }

        var filter = query.Where is null ? (_ => true) : predicates.Compile(query.Where);
        var order = query.OrderBy.Select(o => (Field: predicates.Field(o.Field.Text, o.Field.Column), o.Descending, o.NullsLast)).ToList();
        if (query.Offset is > MaxOffset)
        {
            throw SoqlException.At("NUMBER_OUTSIDE_VALID_RANGE", query.Text, 1, $"Maximum SOQL offset allowed is {MaxOffset}");
        }

        IEnumerable<StoredRecord> matches = state.Store.Live(schema.Name).Where(filter).ToList();
        if (order.Count > 0)
        {
            matches = matches.Order(Comparer<StoredRecord>.Create((a, b) => Compare(order, a, b)));
        }

        var result = matches.Skip(query.Offset ?? 0).Take(query.Limit ?? int.MaxValue).ToList();
        return query.IsCount
            ? (result.Count, [])
            : (result.Count, [.. result.Select(r => RecordJson.Build(request, r, fields))]);
    }

    private static int Compare(List<(FieldSchema Field, bool Descending, bool NullsLast)> order, StoredRecord a, StoredRecord b)
    {
        foreach (var (field, descending, nullsLast) in order)
        {
            var left = a.Fields.GetValueOrDefault(field.Name);
            var right = b.Fields.GetValueOrDefault(field.Name);
            int result;
            if (left is null || right is null)
            {
                result = (left is null ? 0 : 1) - (right is null ? 0 : 1);
                result = nullsLast ? -result : result;
            }
            else
            {
                result = SoqlPredicates.CompareValues(field, left, right);
                result = descending ? -result : result;
            }

            if (result != 0)
            {
                return result;
            }
        }

        return 0;
    }
}
