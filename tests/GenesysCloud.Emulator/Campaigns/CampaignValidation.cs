using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GenesysCloud.Emulator;

/// <summary>
/// Validation of a PUT campaign body with the 400 codes of reference §3.3. The codes are from the reference;
/// the message texts are UNCONFIRMED except <c>invalid.ani.address</c>.
/// </summary>
internal static partial class CampaignValidation
{
    public const int MaxNameLength = 64;

    public static readonly IReadOnlyList<string> DialingModes = ["agentless", "preview", "power", "predictive", "progressive", "external"];

    public static IResult? Validate(HttpContext context, EmulatorState state, CampaignRecord current, JsonObject body)
    {
        var name = Text(body, "name");
        if (string.IsNullOrWhiteSpace(name))
        {
            return ApiError.BadRequest(context, "name.cannot.be.blank", "The campaign name cannot be blank.", "name");
        }

        if (name.Length > MaxNameLength)
        {
            return ApiError.BadRequest(context, "name.length.exceeded", $"The campaign name cannot be longer than {MaxNameLength} characters.", "name");
        }

        if (state.Campaigns.Any(c => c != current && string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            return ApiError.BadRequest(context, "duplicate.name", "A campaign with this name already exists.", "name");
        }

        var contactListId = (body["contactList"] as JsonObject) is { } reference ? Text(reference, "id") : null;
        if (string.IsNullOrEmpty(contactListId))
        {
            // UNCONFIRMED: the reference lists no specific code for a missing contactList.
            return ApiError.BadRequest(context, "invalid.update",
                "An attempt was made to update a Campaign in an invalid way. Details: contactList is required", "contactList");
        }

        var contactList = state.FindContactList(contactListId);
        if (contactList is null)
        {
            // UNCONFIRMED code for an unknown contact list on PUT.
            return ApiError.BadRequest(context, "contact.list.not.found", "The dialer contact list was not found.", "contactList");
        }

        var dialingMode = Text(body, "dialingMode");
        if (dialingMode is null || !DialingModes.Contains(dialingMode))
        {
            return ApiError.InvalidValue(context, "dialingMode", dialingMode ?? "null", string.Join(", ", DialingModes));
        }

        if (!PhoneColumnsAreValid(body["phoneColumns"], contactList))
        {
            return ApiError.BadRequest(context, "invalid.campaign.phone.columns",
                "The campaign phone columns must be phone columns of its contact list.", "phoneColumns");
        }

        if (string.IsNullOrWhiteSpace(Text(body, "callerName")))
        {
            return ApiError.BadRequest(context, "missing.caller.id.name", "The caller id name is missing.", "callerName");
        }

        var callerAddress = Text(body, "callerAddress");
        if (string.IsNullOrWhiteSpace(callerAddress))
        {
            return ApiError.BadRequest(context, "missing.caller.id.address", "The caller id address is missing.", "callerAddress");
        }

        if (!CallerAddress().IsMatch(callerAddress))
        {
            return ApiError.BadRequest(context, "invalid.ani.address", "The caller id number is invalid.", "callerAddress");
        }

        if (body["priority"] is not null && Integer(body, "priority") is not (>= 1 and <= 5))
        {
            return ApiError.BadRequest(context, "invalid.priority", "The priority must be between 1 and 5.", "priority");
        }

        if (body["previewTimeOutSeconds"] is not null && Integer(body, "previewTimeOutSeconds") is not (>= 0 and <= 1200))
        {
            return ApiError.BadRequest(context, "invalid.campaign.preview.timeout.seconds",
                "The preview timeout must be between 0 and 1200 seconds.", "previewTimeOutSeconds");
        }

        var lineCount = body["outboundLineCount"] is null ? (int?)null : Integer(body, "outboundLineCount") ?? -1;
        if (lineCount is < 1 || (dialingMode == "agentless" && lineCount is null))
        {
            return ApiError.BadRequest(context, "invalid.campaign.outbound.line.count",
                "The outbound line count must be a positive number (required for agentless campaigns).", "outboundLineCount");
        }

        return null;
    }

    public static string? Text(JsonObject body, string property) =>
        body[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static int? Integer(JsonObject body, string property) =>
        body[property] is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;

    private static bool PhoneColumnsAreValid(JsonNode? node, ContactListRecord contactList)
    {
        if (node is not JsonArray columns || columns.Count == 0)
        {
            return false;
        }

        return columns.All(c => c is JsonObject column && Text(column, "columnName") is { } name
            && contactList.PhoneColumns.Any(p => p.ColumnName == name));
    }

    [GeneratedRegex(@"^\+?[0-9][0-9 ().-]{2,24}$", RegexOptions.CultureInvariant)]
    private static partial Regex CallerAddress();
}
