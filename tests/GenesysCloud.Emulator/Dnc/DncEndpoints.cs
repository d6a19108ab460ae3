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
            .WithMetadata(RequiredPermission.Any("outbound:dncList:view"));
        app.MapPost(ApiPaths.DncLists + "/{dncListId}/phonenumbers", (HttpContext c, string dncListId) => AddNumbers(c, state, dncListId))
            .WithMetadata(RequiredPermission.Any("outbound:dnc:add"));
    }

    private static IResult Get(HttpContext context, EmulatorState state, string dncListId)
    {
        var includeSize = bool.TryParse(context.Request.Query["includeSize"].ToString(), out var flag) && flag;
        using (state.Synchronize(out _))
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

    /// <summary>
    /// Appends numbers to an Internal (<c>rds</c>) list. 400 codes of §8.4: <c>invalid.date.value</c> (expiration),
    /// <c>invalid.property</c> (a blank number), <c>constraint.validation</c> (more numbers than
    /// <c>settings.dncLimits.perRequest</c>), the list and organization capacity codes, <c>dnc.source.operation.not.supported</c>.
    /// </summary>
    private static IResult AddNumbers(HttpContext context, EmulatorState state, string dncListId)
    {
        var rawExpiry = context.Request.Query["expirationDateTime"].ToString();
        DateTimeOffset? expiresAt = null;
        if (rawExpiry.Length > 0)
        {
            if (!DateTimeOffset.TryParseExact(rawExpiry, ExpirationFormats, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            {
                // Text UNCONFIRMED; the code is in the CLI 166 list for this operation.
                return ApiError.Create(context, StatusCodes.Status400BadRequest, "invalid.date.value",
                    "The expirationDateTime must be a date in the format yyyy-MM-ddTHH:mmZ.",
                    details: [new ErrorDetail("invalid.date.value", "expirationDateTime")]);
            }

            expiresAt = parsed;
        }

        if (!JsonRequestBody.TryReadStringArray(context, out var numbers, out var error))
        {
            return error!;
        }

        if (numbers.Any(string.IsNullOrWhiteSpace))
        {
            return ApiError.BadRequest(context, "invalid.property", "A phone number must not be blank.", "phoneNumbers");
        }

        var limits = state.Settings.DncLimits;
        if (limits.PerRequest is { } perRequest && numbers.Count > perRequest)
        {
            return ApiError.BadRequest(context, "constraint.validation", $"At most {perRequest} phone numbers can be added in one request.", "phoneNumbers");
        }

        using var sync = state.Synchronize(out _);
        var list = state.FindDncList(dncListId);
        if (list is null)
        {
            return ApiError.NotFound(context, "dnc.list.not.found", DncListNotFoundOnAddMessage);
        }

        if (!list.IsInternal)
        {
            return ApiError.BadRequest(context, "dnc.source.operation.not.supported", NotInternalMessage);
        }

        var added = numbers.Distinct(StringComparer.Ordinal).Count(n => !list.Numbers.ContainsKey(n));
        if (CapacityError(context, state, list, added) is { } full)
        {
            return full;
        }

        foreach (var number in numbers)
        {
            list.Numbers[number] = expiresAt;
        }

        // Success status UNCONFIRMED (the swagger only has 'default'): 200 with an empty body.
        return Results.Ok();
    }

    /// <summary>A full list or organization: the whole request is refused (limit values UNCONFIRMED, see <see cref="DncLimitSettings"/>).</summary>
    private static IResult? CapacityError(HttpContext context, EmulatorState state, DncListRecord list, int added)
    {
        var limits = state.Settings.DncLimits;
        var kind = limits.CodeKind == DncLimitSettings.Records ? "records" : "phone.numbers";
        if (list.Numbers.Count + added > limits.PerList)
        {
            return ApiError.BadRequest(context, $"dnc.{kind}.per.list.limit.exceeded",
                $"The DNC list would exceed its limit of {limits.PerList} entries.");
        }

        var organization = state.DncLists.Values.Sum(l => l.Numbers.Count);
        if (organization + added > limits.PerOrganization)
        {
            return ApiError.BadRequest(context, $"dnc.{kind}.per.organization.limit.exceeded",
                $"The organization's DNC lists would exceed their limit of {limits.PerOrganization} entries.");
        }

        return null;
    }
}
