using System.Text.Json.Nodes;

namespace Salesforce.Emulator;

/// <summary>
/// <c>GET /services/data/</c> (versions, no session needed, not counted), <c>GET /services/data/vNN.N</c>
/// (resources of a version) and <c>GET .../limits</c> (needs View Setup and Configuration, reference §2).
/// </summary>
internal static class VersionEndpoints
{
    public static void Map(IEndpointRouteBuilder app, SalesforceState state)
    {
        // One route serves both /services/data and /services/data/ (routing ignores the trailing slash).
        app.MapGet(RestGate.DataPath, () => Versions(state));
        app.MapGet(RestRoutes.Versioned, (HttpContext context) => Resources(RestRequest.Get(context)));
        app.MapGet(RestRoutes.Versioned + "/limits", (HttpContext context) => Limits(RestRequest.Get(context), state));
    }

    private static IResult Versions(SalesforceState state)
    {
        var oldest = ApiVersion.Parse(state.Settings.OldestApiVersion);
        var latest = ApiVersion.Parse(state.Settings.LatestApiVersion);
        var versions = new JsonArray();
        for (var major = oldest.Major; major <= latest.Major; major++)
        {
            var version = new ApiVersion(major, 0);
            versions.Add(new JsonObject
            {
                ["label"] = version.ReleaseLabel,
                ["url"] = "/services/data/v" + version.Text,
                ["version"] = version.Text,
            });
        }

        return SalesforceResults.Json(versions);
    }

    private static IResult Resources(RestRequest request)
    {
        var root = RestRoutes.Base(request);
        var resources = new JsonObject();
        foreach (var name in new[] { "sobjects", "query", "composite", "limits" })
        {
            resources[name] = root + "/" + name;
        }

        return SalesforceResults.Json(resources);
    }

    private static IResult Limits(RestRequest request, SalesforceState state)
    {
        if (!request.User.ViewSetupAndConfiguration)
        {
            // The code and text for a user without the permission are UNCONFIRMED.
            return RestErrors.Result(StatusCodes.Status403Forbidden, "INSUFFICIENT_ACCESS",
                "The user does not have the View Setup and Configuration permission required for this resource.");
        }

        var limit = state.Usage.Limit;
        var remaining = Math.Max(0, limit - state.Usage.Used(state.Now));
        return SalesforceResults.Json(new JsonObject
        {
            ["DailyApiRequests"] = new JsonObject { ["Max"] = limit, ["Remaining"] = remaining },
        });
    }
}
