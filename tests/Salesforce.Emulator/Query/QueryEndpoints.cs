using System.Globalization;
using System.Text.Json.Nodes;

namespace Salesforce.Emulator;

/// <summary>
/// <c>GET .../query?q=</c> and <c>GET .../query/{locator}-{offset}</c> (reference §3.5): <c>{totalSize, done,
/// nextRecordsUrl?, records}</c>, pages of <c>settings.queryBatchSize</c> (or <c>Sforce-Query-Options: batchSize=</c>,
/// 200..2000). Each page is one API call.
/// </summary>
internal static class QueryEndpoints
{
    public const string QueryOptionsHeader = "Sforce-Query-Options";
    private const int MinHeaderBatchSize = 200;
    private const int MaxHeaderBatchSize = 2_000;

    public static void Map(IEndpointRouteBuilder app, SalesforceState state)
    {
        app.MapGet(RestRoutes.Versioned + "/query", (HttpContext c) => Query(c, state));
        app.MapGet(RestRoutes.Versioned + "/query/{locator}", (HttpContext c, string locator) => NextPage(c, state, locator));
    }

    private static IResult Query(HttpContext context, SalesforceState state)
    {
        var request = RestRequest.Get(context);
        var text = context.Request.Query["q"].ToString();
        if (string.IsNullOrWhiteSpace(text))
        {
            // UNCONFIRMED text.
            return RestErrors.Result(StatusCodes.Status400BadRequest, RestErrors.MalformedQuery, "A query string has to be specified");
        }

        try
        {
            var query = SoqlParser.Parse(text);
            lock (state.Gate)
            {
                var (total, records) = SoqlExecutor.Run(query, request, state);
                var batch = BatchSize(context, state.Settings);
                if (records.Count <= batch)
                {
                    return Page(request, total, records, null);
                }

                var cursor = state.Cursors.Open(state.Ids.Next(KeyPrefixes.QueryLocator), records, batch, state.Now);
                return Page(request, total, records.Take(batch), Next(request, cursor.Locator, batch));
            }
        }
        catch (SoqlException ex)
        {
            return RestErrors.Result(StatusCodes.Status400BadRequest, ex.ErrorCode, ex.Message);
        }
    }

    private static IResult NextPage(HttpContext context, SalesforceState state, string locatorAndOffset)
    {
        var request = RestRequest.Get(context);
        var dash = locatorAndOffset.LastIndexOf('-');
        lock (state.Gate)
        {
            var offset = -1;
            var cursor = dash > 0 && int.TryParse(locatorAndOffset[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out offset)
                ? state.Cursors.Use(locatorAndOffset[..dash], state.Now, TimeSpan.FromMinutes(state.Settings.QueryLocatorLifetimeMinutes))
                : null;
            if (cursor is null || offset > cursor.Records.Count)
            {
                return RestErrors.Result(StatusCodes.Status400BadRequest, "INVALID_QUERY_LOCATOR", "invalid query locator");
            }

            var end = offset + cursor.BatchSize;
            return Page(request, cursor.Records.Count, cursor.Records.Skip(offset).Take(cursor.BatchSize),
                end < cursor.Records.Count ? Next(request, cursor.Locator, end) : null);
        }
    }

    private static IResult Page(RestRequest request, int total, IEnumerable<JsonObject> records, string? nextRecordsUrl)
    {
        var page = new JsonObject { ["totalSize"] = total, ["done"] = nextRecordsUrl is null };
        if (nextRecordsUrl is not null)
        {
            page["nextRecordsUrl"] = nextRecordsUrl;
        }

        page["records"] = new JsonArray([.. records.Select(r => r.DeepClone())]);
        return SalesforceResults.Json(page);
    }

    private static string Next(RestRequest request, string locator, int offset) =>
        string.Create(CultureInfo.InvariantCulture, $"{RestRoutes.Base(request)}/query/{locator}-{offset}");

    /// <summary><c>Sforce-Query-Options: batchSize=N</c> (200..2000; the API treats it as a hint), else the seed's page size.</summary>
    private static int BatchSize(HttpContext context, SalesforceSettings settings)
    {
        foreach (var option in context.Request.Headers[QueryOptionsHeader].ToString().Split(',', StringSplitOptions.TrimEntries))
        {
            var parts = option.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && parts[0].Equals("batchSize", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var size))
            {
                return Math.Clamp(size, MinHeaderBatchSize, MaxHeaderBatchSize);
            }
        }

        return settings.QueryBatchSize;
    }
}
