using System.Globalization;
using System.Text.Json.Nodes;

namespace GenesysCloud.Emulator;

/// <summary>
/// Validates a <c>ConversationQuery</c> body (results reference §1.2–§1.4, §7): the interval (400 <c>invalid.date</c>),
/// the 7-day cap without filters and the 31-day cap with one, <c>order</c>/<c>orderBy</c>, <c>paging</c> (default 25,
/// max per settings, 100 000 results reachable) and the filters (and/or, clauses, matches/exists/notExists).
/// </summary>
internal static class ConversationQueryParser
{
    public const string DeepPagingMessage = "Pagination may not exceed 100000 results.";

    public static IResult? TryParse(HttpContext context, AnalyticsSettings settings, JsonObject body, out ConversationQuery? query)
    {
        query = null;
        if (Interval(context, body["interval"], out var start, out var end) is { } intervalError)
        {
            return intervalError;
        }

        var order = Text(body, "order") ?? "asc";
        if (!AnalyticsVocabulary.Orders.Contains(order))
        {
            return ApiError.InvalidValue(context, "order", order, string.Join(", ", AnalyticsVocabulary.Orders));
        }

        var orderBy = Text(body, "orderBy") ?? "conversationStart";
        if (!AnalyticsVocabulary.OrderBys.Contains(orderBy))
        {
            return ApiError.InvalidValue(context, "orderBy", orderBy, string.Join(", ", AnalyticsVocabulary.OrderBys));
        }

        if (Paging(context, settings, body["paging"], out var pageSize, out var pageNumber) is { } pagingError)
        {
            return pagingError;
        }

        if (Filters(context, body["conversationFilters"], segment: false, out var conversationFilters) is { } conversationError)
        {
            return conversationError;
        }

        if (Filters(context, body["segmentFilters"], segment: true, out var segmentFilters) is { } segmentError)
        {
            return segmentError;
        }

        // "If you do provide a filter, the limit increases to 31 days" (any filter list counts).
        var filtered = conversationFilters.Count + segmentFilters.Count > 0
            || new[] { "evaluationFilters", "surveyFilters", "resolutionFilters" }.Any(f => body[f] is JsonArray { Count: > 0 });
        var maxDays = filtered ? settings.MaxIntervalDaysWithFilter : settings.MaxIntervalDaysWithoutFilter;
        if (end - start > TimeSpan.FromDays(maxDays))
        {
            // Status from the reference; code and text UNCONFIRMED (text: settings.analytics.intervalTooLongMessage).
            return ApiError.BadRequest(context, "bad.request", string.Format(CultureInfo.InvariantCulture, settings.IntervalTooLongMessage, maxDays), "interval");
        }

        // "Results will only include conversations that started on a day touched by the interval" (UTC days assumed).
        query = new ConversationQuery(
            DateOnly.FromDateTime(start.UtcDateTime), DateOnly.FromDateTime((end - TimeSpan.FromTicks(1)).UtcDateTime),
            order, orderBy, pageSize, pageNumber, conversationFilters, segmentFilters);
        return null;
    }

    private static IResult? Interval(HttpContext context, JsonNode? node, out DateTimeOffset start, out DateTimeOffset end)
    {
        start = end = default;
        var text = node is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;
        var parts = text?.Split('/') ?? [];
        if (parts.Length != 2 || !Instant(parts[0], out start) || !Instant(parts[1], out end))
        {
            return ApiError.Create(context, StatusCodes.Status400BadRequest, "invalid.date", ApiError.InvalidDateMessage,
                details: [new ErrorDetail("invalid.date", "interval")]);
        }

        return end > start ? null : ApiError.BadRequest(context, "invalid.date", "The interval must end after it starts.", "interval");
    }

    private static bool Instant(string text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out instant)
        && text.Contains('T', StringComparison.Ordinal);

    private static IResult? Paging(HttpContext context, AnalyticsSettings settings, JsonNode? node, out int pageSize, out int pageNumber)
    {
        pageSize = AnalyticsSettings.DefaultPageSize;
        pageNumber = 1;
        if (node is null)
        {
            return null;
        }

        if (node is not JsonObject paging
            || (paging["pageSize"] is { } size && !(size is JsonValue sv && sv.TryGetValue(out pageSize) && pageSize >= 1))
            || (paging["pageNumber"] is { } number && !(number is JsonValue nv && nv.TryGetValue(out pageNumber) && pageNumber >= 1)))
        {
            return ApiError.BadRequest(context, "bad.request", "paging needs a positive pageSize and pageNumber.", "paging");
        }

        if (pageSize > settings.MaxPageSize)
        {
            if (settings.PageSizeOverMax == EmulatorSettings.PageSizeReject)
            {
                return ApiError.BadRequest(context, "bad.request", $"The page size may not exceed {settings.MaxPageSize}.", "paging.pageSize");
            }

            pageSize = settings.MaxPageSize;
        }

        // Observed: "400 Bad Request - Pagination may not exceed 100000 results." (code UNCONFIRMED).
        return (long)pageSize * pageNumber > settings.MaxResults
            ? ApiError.BadRequest(context, "bad.request", settings.MaxResults == 100_000 ? DeepPagingMessage : $"Pagination may not exceed {settings.MaxResults} results.", "paging")
            : null;
    }

    private static IResult? Filters(HttpContext context, JsonNode? node, bool segment, out List<DetailFilter> filters)
    {
        filters = [];
        if (node is null)
        {
            return null;
        }

        if (node is not JsonArray array)
        {
            return ApiError.MalformedJson(context);
        }

        foreach (var item in array)
        {
            if (Filter(context, item, segment, depth: 0, out var filter) is { } error)
            {
                return error;
            }

            filters.Add(filter!);
        }

        return null;
    }

    private static IResult? Filter(HttpContext context, JsonNode? node, bool segment, int depth, out DetailFilter? filter)
    {
        filter = null;
        if (node is not JsonObject body)
        {
            return ApiError.MalformedJson(context);
        }

        var type = Text(body, "type");
        if (type is null || !AnalyticsVocabulary.FilterTypes.Contains(type))
        {
            return ApiError.InvalidValue(context, "type", type ?? "null", string.Join(", ", AnalyticsVocabulary.FilterTypes));
        }

        var predicates = new List<DetailPredicate>();
        foreach (var item in body["predicates"] as JsonArray ?? [])
        {
            if (DetailPredicateParser.TryParse(context, item, segment, out var predicate) is { } error)
            {
                return error;
            }

            predicates.Add(predicate!);
        }

        var clauses = new List<DetailFilter>();
        foreach (var item in body["clauses"] as JsonArray ?? [])
        {
            // Clauses hold predicates only: "up to two levels of nesting".
            if (depth > 0)
            {
                return ApiError.BadRequest(context, "bad.request", "Clauses cannot be nested.", "clauses");
            }

            if (Filter(context, item, segment, depth + 1, out var clause) is { } error)
            {
                return error;
            }

            clauses.Add(clause!);
        }

        filter = new DetailFilter(type, predicates, clauses);
        return null;
    }

    public static string? Text(JsonObject body, string property) =>
        body[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
