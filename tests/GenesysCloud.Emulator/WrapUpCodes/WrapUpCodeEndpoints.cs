using System.Text.Json.Nodes;

namespace GenesysCloud.Emulator;

/// <summary>
/// <c>GET /api/v2/routing/wrapupcodes[/{codeId}]</c> (ALL <c>routing:wrapupCode:view</c>) and
/// <c>GET /api/v2/outbound/wrapupcodemappings</c> (ANY <c>outbound:wrapUpCodeMapping:view</c>), results reference §2.4.
/// </summary>
internal static class WrapUpCodeEndpoints
{
    public const string WrapUpCodes = "/api/v2/routing/wrapupcodes";
    public const string Mappings = "/api/v2/outbound/wrapupcodemappings";

    /// <summary>The division every seeded code belongs to (the organization's home division; id UNCONFIRMED).</summary>
    public const string HomeDivisionId = "0f1e2d3c-0000-4000-8000-000000000001";

    public static void Map(IEndpointRouteBuilder app, EmulatorState state)
    {
        var view = RequiredPermission.All("routing:wrapupCode:view");
        app.MapGet(WrapUpCodes, (HttpContext c) => List(c, state)).WithMetadata(view);
        app.MapGet(WrapUpCodes + "/{codeId}", (HttpContext c, string codeId) => Get(c, state, codeId)).WithMetadata(view);
        app.MapGet(Mappings, () => Mapping(state)).WithMetadata(RequiredPermission.Any("outbound:wrapUpCodeMapping:view"));
    }

    /// <summary>
    /// Query: <c>pageSize</c>/<c>pageNumber</c>, <c>sortBy</c> (<c>name</c> default, <c>id</c>), <c>sortOrder</c>,
    /// <c>name</c> (case-insensitive prefix; UNCONFIRMED), repeated <c>id</c>, repeated <c>divisionId</c>.
    /// </summary>
    private static IResult List(HttpContext context, EmulatorState state)
    {
        if (!EntityListing.TryPaging(context, state.Settings, out var pageSize, out var pageNumber, out var error))
        {
            return error!;
        }

        var query = context.Request.Query;
        var sortBy = query["sortBy"].ToString() is { Length: > 0 } given ? given : "name";
        if (sortBy is not ("name" or "id"))
        {
            return ApiError.InvalidQueryParam(context, "sortBy", sortBy, "name, id");
        }

        var sortOrder = query["sortOrder"].ToString() is { Length: > 0 } order ? order : "ascending";
        if (sortOrder is not ("ascending" or "descending"))
        {
            return ApiError.InvalidQueryParam(context, "sortOrder", sortOrder, "ascending, descending");
        }

        var name = query["name"].ToString();
        var ids = EntityListing.Ids(context);
        var divisions = EntityListing.Ids(context, "divisionId");
        IEnumerable<WrapUpCodeSeed> codes = state.Seed.WrapUpCodes;
        codes = codes.Where(c => name.Length == 0 || c.Name.StartsWith(name, StringComparison.OrdinalIgnoreCase))
            .Where(c => ids.Count == 0 || ids.Contains(c.Id, StringComparer.OrdinalIgnoreCase))
            .Where(_ => divisions.Count == 0 || divisions.Contains(HomeDivisionId, StringComparer.OrdinalIgnoreCase));
        Func<WrapUpCodeSeed, string> key = sortBy == "id" ? c => c.Id : c => c.Name;
        codes = sortOrder == "descending" ? codes.OrderByDescending(key, StringComparer.OrdinalIgnoreCase) : codes.OrderBy(key, StringComparer.OrdinalIgnoreCase);
        var matches = codes.Select(c => Wire(c, state)).ToList();
        return WireResults.Json(EntityListing.Page(context, WrapUpCodes, matches, pageSize, pageNumber));
    }

    private static IResult Get(HttpContext context, EmulatorState state, string codeId) =>
        state.Seed.WrapUpCodes.FirstOrDefault(c => string.Equals(c.Id, codeId, StringComparison.OrdinalIgnoreCase)) is { } code
            ? WireResults.Json(Wire(code, state))
            : ApiError.NotFound(context);

    private static IResult Mapping(EmulatorState state)
    {
        var seed = state.Seed.WrapUpCodeMapping;
        var mapping = new JsonObject();
        foreach (var (codeId, flags) in seed.Mapping)
        {
            mapping[codeId] = Flags(flags);
        }

        var created = EmulatorState.Timestamp(state.ResetAt);
        return WireResults.Json(new JsonObject
        {
            ["id"] = seed.Id,
            ["name"] = seed.Name,
            ["dateCreated"] = created,
            ["dateModified"] = created,
            ["version"] = seed.Version,
            ["defaultSet"] = Flags(seed.DefaultSet),
            ["mapping"] = mapping,
            ["selfUri"] = Mappings,
        });
    }

    private static JsonObject Wire(WrapUpCodeSeed code, EmulatorState state)
    {
        var created = EmulatorState.Timestamp(state.ResetAt);
        var wire = new JsonObject
        {
            ["id"] = code.Id,
            ["name"] = code.Name,
            ["division"] = new JsonObject { ["id"] = HomeDivisionId, ["name"] = "Home", ["selfUri"] = $"/api/v2/authorization/divisions/{HomeDivisionId}" },
        };
        if (code.Description is not null)
        {
            wire["description"] = code.Description;
        }

        wire["dateCreated"] = created;
        wire["dateModified"] = created;
        wire["selfUri"] = $"{WrapUpCodes}/{code.Id}";
        return wire;
    }

    private static JsonArray Flags(IEnumerable<string> flags) => new([.. flags.Select(f => (JsonNode)JsonValue.Create(f))]);
}
