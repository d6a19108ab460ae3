using System.Globalization;
using System.Text.Json.Nodes;

namespace GenesysCloud.Emulator;

/// <summary><c>/api/v2/outbound/dnclists</c>: get a list, append phone numbers (reference §3.7).</summary>
internal static class DncEndpoints
{
    public const string DncListNotFoundMessage = "The dialer DNC list was not found.";
    public const string DncListNotFoundOnAddMessage = "The do not call list could not be found.";
    public const string NotInternalMessage = "An attempt was made to append numbers to a DNC list that is not of type Internal";

    /// <summary>The documented format is yyyy-MM-ddTHH:mmZ; seconds (and milliseconds) are also accepted (leniency UNCONFIRMED).</summary>
    private static readonly string[] ExpirationFormats =
        ["yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.fff'Z'"];

    public static void Map(IEndpointRouteBuilder app, EmulatorState state)
    {
        app.MapGet(ApiPaths.DncLists + "/{dncListId}", (HttpContext c, string dncListId) => Get(c, state, dncListId))
            .WithMetadata(new RequiredPermission("outbound:dncList:view"));
        app.MapPost(ApiPaths.DncLists + "/{dncListId}/phonenumbers", (HttpContext c, string dncListId) => AddNumbers(c, state, dncListId))
            .WithMetadata(new RequiredPermission("outbound:dnc:add"));
    }

    private static IResult Get(HttpContext context, EmulatorState state, string dncListId)
    {
        var includeSize = bool.TryParse(context.Request.Query["includeSize"].ToString(), out var flag) && flag;
        lock (state.Gate)
        {
            var list = state.FindDncList(dncListId);
            if (list is null)
            {
                return ApiError.NotFound(context, "dnc.list.not.found", DncListNotFoundMessage);
            }

            var body = new JsonObject
            {
                ["id"] = list.Id,
                ["name"] = list.Name,
                ["dateCreated"] = EmulatorState.Timestamp(list.DateCreated),
                ["dateModified"] = EmulatorState.Timestamp(list.DateCreated),
                ["version"] = list.Version,
                ["dncSourceType"] = list.DncSourceType,
                ["selfUri"] = ApiPaths.DncList(list.Id),
            };
            if (list.ContactMethod is not null)
            {
                body["contactMethod"] = list.ContactMethod;
            }

            if (includeSize)
            {
                body["size"] = list.Numbers.Count;
            }

            return WireResults.Json(body);
        }
    }

    private static IResult AddNumbers(HttpContext context, EmulatorState state, string dncListId)
    {
        var rawExpiry = context.Request.Query["expirationDateTime"].ToString();
        DateTimeOffset? expiresAt = null;
        if (rawExpiry.Length > 0)
        {
            if (!DateTimeOffset.TryParseExact(rawExpiry, ExpirationFormats, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            {
                return ApiError.Create(context, StatusCodes.Status400BadRequest, "invalid.date", ApiError.InvalidDateMessage,
                    details: [new ErrorDetail("invalid.date", "expirationDateTime")]);
            }

            expiresAt = parsed;
        }

        if (!RequestBody.TryReadStringArray(context, out var numbers, out var error))
        {
            return error!;
        }

        lock (state.Gate)
        {
            var list = state.FindDncList(dncListId);
            if (list is null)
            {
                return ApiError.NotFound(context, "dnc.list.not.found", DncListNotFoundOnAddMessage);
            }

            if (!list.IsInternal)
            {
                return ApiError.BadRequest(context, "dnc.source.operation.not.supported", NotInternalMessage);
            }

            foreach (var number in numbers)
            {
                list.Numbers[number] = expiresAt;
            }

            // Success status UNCONFIRMED (the swagger only has 'default'): 200 with an empty body.
            return Results.Ok();
        }
    }
}
