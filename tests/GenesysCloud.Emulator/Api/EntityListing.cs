using System.Globalization;
using System.Text.Json.Nodes;

namespace GenesysCloud.Emulator;

/// <summary>
/// Paged listings (<c>CampaignEntityListing</c>, <c>WrapupCodeEntityListing</c>, ...): <c>pageSize</c> (default 25, max
/// 100: over it capped or refused per <c>settings.pageSizeOverMax</c>, §8.4), <c>pageNumber</c> (1-based) and the
/// envelope <c>{entities, pageSize, pageNumber, total, pageCount, firstUri, selfUri, nextUri, previousUri, lastUri}</c>.
/// </summary>
internal static class EntityListing
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    /// <summary>Reads pageSize and pageNumber; false with the 400 to answer.</summary>
    public static bool TryPaging(HttpContext context, EmulatorSettings settings, out int pageSize, out int pageNumber, out IResult? error)
    {
        var query = context.Request.Query;
        error = null;
        pageNumber = 1;
        var capping = settings.PageSizeOverMax == EmulatorSettings.PageSizeCap;
        if (!TryPositive(query["pageSize"], DefaultPageSize, capping ? int.MaxValue : MaxPageSize, out pageSize))
        {
            error = ApiError.InvalidQueryParam(context, "pageSize", query["pageSize"].ToString(), $"1 to {MaxPageSize}");
            return false;
        }

        // "Page size. The max that will be returned is 100."
        pageSize = Math.Min(pageSize, MaxPageSize);
        if (!TryPositive(query["pageNumber"], 1, int.MaxValue, out pageNumber))
        {
            error = ApiError.InvalidQueryParam(context, "pageNumber", query["pageNumber"].ToString(), "a positive integer");
            return false;
        }

        return true;
    }

    /// <summary>The envelope of one page of <paramref name="matches"/>; <c>*Uri</c> are relative paths with query (format UNCONFIRMED).</summary>
    public static JsonObject Page(HttpContext context, string path, IReadOnlyList<JsonObject> matches, int pageSize, int pageNumber)
    {
        var total = matches.Count;
        var pageCount = (int)Math.Ceiling(total / (double)pageSize);
        var skip = (int)Math.Min((long)(pageNumber - 1) * pageSize, int.MaxValue);
        var envelope = new JsonObject
        {
            ["entities"] = new JsonArray([.. matches.Skip(skip).Take(pageSize)]),
            ["pageSize"] = pageSize,
            ["pageNumber"] = pageNumber,
            ["total"] = total,
            ["pageCount"] = pageCount,
            ["firstUri"] = PageUri(context, path, pageSize, 1),
            ["selfUri"] = PageUri(context, path, pageSize, pageNumber),
        };
        if (pageNumber < pageCount)
        {
            envelope["nextUri"] = PageUri(context, path, pageSize, pageNumber + 1);
        }

        if (pageNumber > 1)
        {
            envelope["previousUri"] = PageUri(context, path, pageSize, Math.Min(pageNumber - 1, Math.Max(pageCount, 1)));
        }

        envelope["lastUri"] = PageUri(context, path, pageSize, Math.Max(pageCount, 1));
        return envelope;
    }

    /// <summary>Repeated <c>id=a&amp;id=b</c> and comma-separated values of a query parameter.</summary>
    public static List<string> Ids(HttpContext context, string name = "id") =>
        [.. context.Request.Query[name].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    private static bool TryPositive(Microsoft.Extensions.Primitives.StringValues raw, int fallback, int max, out int value)
    {
        if (raw.Count == 0 || string.IsNullOrEmpty(raw.ToString()))
        {
            value = fallback;
            return true;
        }

        return int.TryParse(raw.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 1 && value <= max;
    }

    private static string PageUri(HttpContext context, string path, int pageSize, int pageNumber)
    {
        var parameters = context.Request.Query
            .Where(q => q.Key is not ("pageSize" or "pageNumber"))
            .SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? "")}"));
        var prefix = $"{path}?pageSize={pageSize}&pageNumber={pageNumber}";
        return string.Join("&", new[] { prefix }.Concat(parameters));
    }
}
