using System.Text.Json.Nodes;

namespace GenesysCloud.Emulator;

/// <summary>
/// The analytics conversation endpoints (results reference §1): the synchronous detail query, one conversation, and
/// the multi-get. One dial attempt is one conversation; DNC skips are conversations only with
/// <c>settings.dncSkipConversations</c>. Permission: ANY <c>analytics:conversationDetail:view</c>,
/// <c>analytics:agentConversationDetail:view</c>.
/// </summary>
internal static class AnalyticsEndpoints
{
    public const string Conversations = "/api/v2/analytics/conversations";

    private static readonly RequiredPermission View = RequiredPermission.Any("analytics:conversationDetail:view", "analytics:agentConversationDetail:view");

    public static void Map(IEndpointRouteBuilder app, EmulatorState state)
    {
        app.MapPost(Conversations + "/details/query", (HttpContext c) => Query(c, state)).WithMetadata(View);
        app.MapGet(Conversations + "/details", (HttpContext c) => MultiGet(c, state)).WithMetadata(View);
        app.MapGet(Conversations + "/{conversationId}/details", (HttpContext c, string conversationId) => Single(c, state, conversationId)).WithMetadata(View);
    }

    private static IResult Query(HttpContext context, EmulatorState state)
    {
        if (!JsonRequestBody.TryReadJson(context, out var node, out var error))
        {
            return error!;
        }

        if (node is not JsonObject body)
        {
            return ApiError.MalformedJson(context);
        }

        if (ConversationQueryParser.TryParse(context, state.Settings.Analytics, body, out var query) is { } invalid)
        {
            return invalid;
        }

        List<JsonObject> matches;
        using (state.Synchronize(out var now))
        {
            matches = [.. All(state, now).Where(c => InDays(c, query!) && ConversationMatcher.Matches(c, query!))];
        }

        var ordered = Order(matches, query!).ToList();
        var page = ordered.Skip((query!.PageNumber - 1) * query.PageSize).Take(query.PageSize).ToList();
        var response = new JsonObject();
        // "conversations" is left out when empty (every SDK member is EmitDefaultValue=false).
        if (page.Count > 0)
        {
            response["conversations"] = new JsonArray([.. page]);
        }

        response["totalHits"] = ordered.Count;
        return WireResults.Json(response);
    }

    private static IResult Single(HttpContext context, EmulatorState state, string conversationId)
    {
        using var sync = state.Synchronize(out var now);
        var conversation = All(state, now).FirstOrDefault(c => string.Equals(Text(c, "conversationId"), conversationId, StringComparison.OrdinalIgnoreCase));
        return conversation is null ? ApiError.NotFound(context) : WireResults.Json(conversation);
    }

    /// <summary><c>?id=a,b</c> ("Comma-separated conversation ids"; repeated <c>id</c> works too); unknown ids are left out (UNCONFIRMED).</summary>
    private static IResult MultiGet(HttpContext context, EmulatorState state)
    {
        var ids = EntityListing.Ids(context);
        if (ids.Count == 0)
        {
            return ApiError.BadRequest(context, "bad.request", "At least one conversation id is required.", "id");
        }

        var max = state.Settings.Analytics.MaxIdsPerMultiGet;
        if (ids.Count > max)
        {
            return ApiError.BadRequest(context, "bad.request", $"At most {max} conversation ids can be requested at a time.", "id");
        }

        using var sync = state.Synchronize(out var now);
        var wanted = new HashSet<string>(ids, StringComparer.OrdinalIgnoreCase);
        var found = All(state, now).Where(c => wanted.Contains(Text(c, "conversationId")!)).ToList();
        var response = new JsonObject();
        if (found.Count > 0)
        {
            response["conversations"] = new JsonArray([.. found]);
        }

        return WireResults.Json(response);
    }

    private static IEnumerable<JsonObject> All(EmulatorState state, DateTimeOffset now) =>
        state.Dialer.Attempts.Select(a => ConversationWire.ForAttempt(a, now))
            .Concat(state.Dialer.Skips.Where(s => s.ConversationId is not null).Select(ConversationWire.ForSkip));

    private static bool InDays(JsonObject conversation, ConversationQuery query)
    {
        var day = DateOnly.FromDateTime(Instant(conversation, "conversationStart")!.Value.UtcDateTime);
        return day >= query.FirstDay && day <= query.LastDay;
    }

    private static IEnumerable<JsonObject> Order(List<JsonObject> conversations, ConversationQuery query)
    {
        // segmentStart = the first segment's start = conversationStart; segmentEnd = the conversation's end (live ones last).
        Func<JsonObject, DateTimeOffset> key = query.OrderBy is "conversationEnd" or "segmentEnd"
            ? c => Instant(c, "conversationEnd") ?? DateTimeOffset.MaxValue
            : c => Instant(c, "conversationStart")!.Value;
        var ascending = conversations.OrderBy(key).ThenBy(c => Text(c, "conversationId"), StringComparer.Ordinal);
        return query.Order == "desc"
            ? conversations.OrderByDescending(key).ThenBy(c => Text(c, "conversationId"), StringComparer.Ordinal)
            : ascending;
    }

    private static string? Text(JsonObject conversation, string name) =>
        conversation[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static DateTimeOffset? Instant(JsonObject conversation, string name) =>
        Text(conversation, name) is { } text ? DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : null;
}
