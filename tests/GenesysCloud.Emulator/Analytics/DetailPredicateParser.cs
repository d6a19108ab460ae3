using System.Text.Json.Nodes;

namespace GenesysCloud.Emulator;

/// <summary>Validates one predicate against <see cref="AnalyticsVocabulary"/>: type (inferred when absent), left-hand side, operator, value/range.</summary>
internal static class DetailPredicateParser
{
    public static IResult? TryParse(HttpContext context, JsonNode? node, bool segment, out DetailPredicate? predicate)
    {
        predicate = null;
        if (node is not JsonObject body)
        {
            return ApiError.MalformedJson(context);
        }

        var dimension = ConversationQueryParser.Text(body, "dimension");
        var metric = ConversationQueryParser.Text(body, "metric");
        var property = ConversationQueryParser.Text(body, "property");
        // "Optional type, can usually be inferred".
        var type = ConversationQueryParser.Text(body, "type") ?? (metric is not null ? "metric" : property is not null ? "property" : "dimension");
        if (!AnalyticsVocabulary.PredicateTypes.Contains(type) || (type == "property" && !segment))
        {
            return ApiError.InvalidValue(context, "type", type, string.Join(", ", AnalyticsVocabulary.PredicateTypes));
        }

        var (name, allowed, field) = type switch
        {
            "metric" => (metric, segment ? AnalyticsVocabulary.SegmentMetrics : AnalyticsVocabulary.ConversationMetrics, "metric"),
            "property" => (property, null, "property"),
            _ => (dimension, segment ? AnalyticsVocabulary.SegmentDimensions : AnalyticsVocabulary.ConversationDimensions, "dimension"),
        };
        if (name is null || (allowed is not null && !allowed.Contains(name)))
        {
            return ApiError.InvalidValue(context, field, name ?? "null", allowed is null ? "a property name" : string.Join(", ", allowed.Order(StringComparer.Ordinal)));
        }

        var op = ConversationQueryParser.Text(body, "operator") ?? "matches";
        if (!AnalyticsVocabulary.Operators.Contains(op))
        {
            return ApiError.InvalidValue(context, "operator", op, string.Join(", ", AnalyticsVocabulary.Operators));
        }

        var value = body["value"] is JsonValue v ? (v.TryGetValue<string>(out var text) ? text : v.ToJsonString()) : null;
        NumericRangeSpec? range = null;
        if (body["range"] is JsonObject r)
        {
            range = new NumericRangeSpec(Number(r, "gt"), Number(r, "gte"), Number(r, "lt"), Number(r, "lte"));
        }

        if (op == "matches" && value is null && range is null)
        {
            return ApiError.BadRequest(context, "bad.request", "A matches predicate needs a value or a range.", "value");
        }

        predicate = new DetailPredicate(type, name, op, value, range);
        return null;
    }

    private static double? Number(JsonObject range, string name) =>
        range[name] is JsonValue value && value.TryGetValue<double>(out var number) ? number : null;
}
