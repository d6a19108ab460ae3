using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Salesforce.Emulator;

/// <summary>
/// Compiles a WHERE condition into a predicate over stored records, checking each field and literal the way the
/// API does: unknown or invisible field → INVALID_FIELD; a literal of the wrong kind → INVALID_QUERY_FILTER_OPERATOR.
/// Text compares case-insensitively; ids on their 15-character key.
/// </summary>
internal sealed class SoqlPredicates(string query, SObjectSchema schema, UserSeed user)
{
    public const string InvalidFilter = "INVALID_QUERY_FILTER_OPERATOR";

    public Func<StoredRecord, bool> Compile(SoqlCondition condition) => condition switch
    {
        SoqlCondition.All all => Combine(all.Parts, any: false),
        SoqlCondition.Any any => Combine(any.Parts, any: true),
        SoqlCondition.Not not => Negate(Compile(not.Part)),
        SoqlCondition.In list => In(list),
        SoqlCondition.Like like => Like(like),
        SoqlCondition.Comparison comparison => Comparison(comparison),
        _ => throw new InvalidOperationException("Unknown condition."),
    };

    public FieldSchema Field(string name, int column) =>
        FieldAccess.Visible(user, schema, name)
        ?? throw SoqlException.At(RestErrors.InvalidField, query, column,
            $"No such column '{name}' on entity '{schema.Name}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.");

    /// <summary>Orders two stored values of a field (nulls are handled by the caller).</summary>
    public static int CompareValues(FieldSchema field, JsonNode a, JsonNode b) => field.Type switch
    {
        FieldType.Int or FieldType.Double => Nullable.Compare(NodeValues.Number(a), NodeValues.Number(b)),
        FieldType.Boolean => NodeValues.Text(a)!.CompareTo(NodeValues.Text(b)),
        FieldType.Id or FieldType.Reference => string.CompareOrdinal(NodeValues.Text(a), NodeValues.Text(b)),
        _ => string.Compare(NodeValues.Text(a), NodeValues.Text(b), StringComparison.OrdinalIgnoreCase),
    };

    private static Func<StoredRecord, bool> Negate(Func<StoredRecord, bool> inner) => r => !inner(r);

    private Func<StoredRecord, bool> Combine(IReadOnlyList<SoqlCondition> parts, bool any)
    {
        var compiled = parts.Select(Compile).ToArray();
        return any ? r => compiled.Any(p => p(r)) : r => compiled.All(p => p(r));
    }

    private Func<StoredRecord, bool> In(SoqlCondition.In list)
    {
        var field = Field(list.Field, list.Column);
        var values = list.Values.Select(v => Literal(field, v)).ToArray();
        return r =>
        {
            var stored = r.Fields.GetValueOrDefault(field.Name);
            var found = values.Any(v => Same(field, stored, v));
            return list.Negated ? !found : found;
        };
    }

    private Func<StoredRecord, bool> Like(SoqlCondition.Like like)
    {
        var field = Field(like.Field, like.Column);
        if (!FieldTypes.IsText(field.Type) || like.Pattern.Kind != SoqlTokenKind.String)
        {
            throw SoqlException.At(InvalidFilter, query, like.Column, $"invalid operator on {FieldTypes.DescribeName(field.Type)} field: LIKE");
        }

        var pattern = new Regex("^" + Regex.Escape(like.Pattern.Text).Replace("%", ".*", StringComparison.Ordinal).Replace("_", ".", StringComparison.Ordinal) + "$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        return r => NodeValues.Text(r.Fields.GetValueOrDefault(field.Name)) is { } text && pattern.IsMatch(text);
    }

    private Func<StoredRecord, bool> Comparison(SoqlCondition.Comparison comparison)
    {
        var field = Field(comparison.Field, comparison.Column);
        var literal = Literal(field, comparison.Value);
        return comparison.Operator switch
        {
            "=" => r => Same(field, r.Fields.GetValueOrDefault(field.Name), literal),
            "!=" or "<>" => r => !Same(field, r.Fields.GetValueOrDefault(field.Name), literal),
            var op => r => r.Fields.GetValueOrDefault(field.Name) is { } stored && literal is not null && op switch
            {
                "<" => CompareValues(field, stored, literal) < 0,
                "<=" => CompareValues(field, stored, literal) <= 0,
                ">" => CompareValues(field, stored, literal) > 0,
                _ => CompareValues(field, stored, literal) >= 0,
            },
        };
    }

    private static bool Same(FieldSchema field, JsonNode? stored, JsonNode? literal)
    {
        if (literal is null || stored is null)
        {
            return literal is null && (stored is null || NodeValues.Text(stored) == "");
        }

        return field.Type is FieldType.Id or FieldType.Reference
            ? SalesforceIds.Key(NodeValues.Text(stored)!) == SalesforceIds.Key(NodeValues.Text(literal)!)
            : CompareValues(field, stored, literal) == 0;
    }

    /// <summary>The literal as a stored value of the field's type; null for <c>null</c>.</summary>
    private JsonNode? Literal(FieldSchema field, SoqlValue value)
    {
        if (value.IsNull)
        {
            return null;
        }

        var typeName = FieldTypes.DescribeName(field.Type);
        JsonNode? converted = field.Type switch
        {
            FieldType.Id or FieldType.Reference when value.Kind == SoqlTokenKind.String =>
                SalesforceIds.TryNormalize(value.Text, out var id) ? id : throw SoqlException.At(InvalidFilter, query, value.Column, $"invalid ID field: {value.Text}"),
            FieldType.Boolean when value.Boolean is { } flag => flag,
            FieldType.Int or FieldType.Double when value.Kind == SoqlTokenKind.Number => double.Parse(value.Text, CultureInfo.InvariantCulture),
            FieldType.Date when value.Kind == SoqlTokenKind.Date => value.Text,
            FieldType.DateTime when value.Kind == SoqlTokenKind.DateTime && SalesforceTime.TryParseDateTime(value.Text, out var instant) => SalesforceTime.DateTime(instant),
            var text when FieldTypes.IsText(text) && value.Kind == SoqlTokenKind.String => value.Text,
            _ => null,
        };
        return converted ?? throw SoqlException.At(InvalidFilter, query, value.Column,
            $"value of filter criterion for field '{field.Name}' must be of type {typeName} and should not be enclosed in quotes");
    }
}
