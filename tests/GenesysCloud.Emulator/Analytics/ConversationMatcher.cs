using System.Globalization;
using System.Text.Json.Nodes;

namespace GenesysCloud.Emulator;

/// <summary>
/// Evaluates detail-query filters on a conversation's wire object. Conversation filters read conversation fields and
/// the sum of session metrics; a segment filter matches when one segment satisfies it, reading each dimension from
/// the segment, then its session, then its participant. Every filter of a list must match (they are ANDed).
/// </summary>
internal static class ConversationMatcher
{
    public static bool Matches(JsonObject conversation, ConversationQuery query) =>
        query.ConversationFilters.All(f => f.Matches(p => ConversationPredicate(conversation, p)))
        && query.SegmentFilters.All(f => Segments(conversation).Any(s => f.Matches(p => SegmentPredicate(s, p))));

    private static bool ConversationPredicate(JsonObject conversation, DetailPredicate predicate)
    {
        if (predicate.Type == "metric")
        {
            var values = Sessions(conversation).SelectMany(s => s.Session["metrics"] as JsonArray ?? [])
                .OfType<JsonObject>().Where(m => Text(m["name"]) == predicate.Name).Select(m => m["value"]!.GetValue<long>()).ToList();
            return Compare(predicate, values.Count == 0 ? [] : [values.Sum().ToString(CultureInfo.InvariantCulture)]);
        }

        var value = predicate.Name == "divisionId"
            ? (conversation["divisionIds"] as JsonArray ?? []).Select(Text).OfType<string>().ToList()
            : Text(conversation[predicate.Name]) is { } text ? [text] : [];
        return Compare(predicate, value);
    }

    private static bool SegmentPredicate(SegmentView view, DetailPredicate predicate)
    {
        if (predicate.Type == "metric")
        {
            // tSegmentDuration of an ended segment, in milliseconds.
            var duration = view.Segment is { } s && Text(s["segmentEnd"]) is { } end && Text(s["segmentStart"]) is { } start
                ? (DateTimeOffset.Parse(end, CultureInfo.InvariantCulture) - DateTimeOffset.Parse(start, CultureInfo.InvariantCulture)).TotalMilliseconds
                : (double?)null;
            return Compare(predicate, duration is null ? [] : [duration.Value.ToString(CultureInfo.InvariantCulture)]);
        }

        var name = predicate.Name == "sessionDnis" ? "dnis" : predicate.Name;
        var value = Text(view.Segment?[name]) ?? Text(view.Session[name]) ?? Text(view.Participant[name]);
        return Compare(predicate, value is null ? [] : [value]);
    }

    private static bool Compare(DetailPredicate predicate, IReadOnlyList<string> values) => predicate.Operator switch
    {
        "exists" => values.Count > 0,
        "notExists" => values.Count == 0,
        _ when predicate.Range is { } range => values.Any(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && range.Contains(n)),
        _ => values.Contains(predicate.Value, StringComparer.Ordinal),
    };

    private static IEnumerable<(JsonObject Participant, JsonObject Session)> Sessions(JsonObject conversation) =>
        from participant in (conversation["participants"] as JsonArray ?? []).OfType<JsonObject>()
        from session in (participant["sessions"] as JsonArray ?? []).OfType<JsonObject>()
        select (participant, session);

    private static IEnumerable<SegmentView> Segments(JsonObject conversation)
    {
        foreach (var (participant, session) in Sessions(conversation))
        {
            var segments = (session["segments"] as JsonArray ?? []).OfType<JsonObject>().ToList();
            if (segments.Count == 0)
            {
                yield return new SegmentView(participant, session, null);
            }

            foreach (var segment in segments)
            {
                yield return new SegmentView(participant, session, segment);
            }
        }
    }

    private static string? Text(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonValue value => value.ToJsonString(),
        _ => null,
    };
}
