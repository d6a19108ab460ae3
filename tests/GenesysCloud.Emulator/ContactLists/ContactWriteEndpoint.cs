using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GenesysCloud.Emulator;

/// <summary>
/// <c>POST /api/v2/outbound/contactlists/{id}/contacts?priority&amp;clearSystemData&amp;doNotQueue</c>: an upsert by id
/// that also moves the dialer queue as §8.2 says (<see cref="ContactQueueing"/>). A rejected request changes nothing.
/// </summary>
internal static partial class ContactWriteEndpoint
{
    public static IResult Handle(HttpContext context, EmulatorState state, string contactListId)
    {
        if (!QueryFlags.TryBool(context, "priority", out var priority, out var flagError)
            || !QueryFlags.TryBool(context, "clearSystemData", out var clearSystemData, out flagError)
            || !QueryFlags.TryBool(context, "doNotQueue", out var doNotQueue, out flagError))
        {
            return flagError!;
        }

        if (!JsonRequestBody.TryReadJson(context, out var node, out var error))
        {
            return error!;
        }

        if (node is not JsonArray items)
        {
            return ApiError.MalformedJson(context);
        }

        using var sync = state.Synchronize(out var now);
        var list = state.FindContactList(contactListId);
        if (list is null)
        {
            return ContactListEndpoints.ContactListNotFound(context, ContactListEndpoints.ContactListNotFoundOnAddMessage);
        }

        var max = state.Settings.MaxContactsPerAdd;
        if (items.Count > max)
        {
            return ApiError.BadRequest(context, "too.many.contacts.added", $"Too many contacts added, the limit is {max}");
        }

        var parsed = new List<ContactWriteItem>(items.Count);
        foreach (var item in items)
        {
            if (Parse(context, list, item, out var contact) is { } invalid)
            {
                return invalid;
            }

            parsed.Add(contact!);
        }

        var stored = ContactQueueing.Apply(state, list, parsed, new ContactWriteOptions(priority, clearSystemData, doNotQueue), now);
        return WireResults.Json(new JsonArray([.. stored.Select(c => (JsonNode)ContactWire.For(c, list))]));
    }

    private static IResult? Parse(HttpContext context, ContactListRecord list, JsonNode? item, out ContactWriteItem? parsed)
    {
        parsed = null;
        if (item is not JsonObject contact)
        {
            return ApiError.MalformedJson(context);
        }

        var id = contact["id"] switch
        {
            null => null,
            JsonValue v when v.TryGetValue<string>(out var text) => text,
            _ => "\0",
        };
        if (id is not null && !ContactId().IsMatch(id))
        {
            return ApiError.BadRequest(context, "invalid.contact.id",
                "The custom contactId field is not valid. It cannot contain special characters.", "id");
        }

        if (contact["data"] is not JsonObject data)
        {
            // UNCONFIRMED: data is required; its absence is reported like unknown columns.
            return ApiError.BadRequest(context, "invalid.contact.columns", "The contact data is required.", "data");
        }

        var unknown = data.Select(p => p.Key).Where(k => !list.ColumnNames.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            // Code from the reference; text UNCONFIRMED.
            var columns = string.Join(", ", unknown);
            return ApiError.Create(
                context,
                StatusCodes.Status400BadRequest,
                "invalid.contact.columns",
                $"The contact data has columns that are not in the contact list: [{columns}]",
                new Dictionary<string, string> { ["columns"] = columns },
                "The contact data has columns that are not in the contact list: [{columns}]",
                [.. unknown.Select(k => new ErrorDetail("invalid.contact.columns", k))]);
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in data)
        {
            switch (value)
            {
                case null:
                    values[key] = "";
                    break;
                case JsonValue scalar when scalar.GetValueKind() == JsonValueKind.String:
                    values[key] = scalar.GetValue<string>();
                    break;
                case JsonValue scalar:
                    // Numbers and booleans become their JSON text, as Genesys stores every column as a string.
                    values[key] = scalar.ToJsonString();
                    break;
                default:
                    return ApiError.MalformedJson(context);
            }
        }

        bool? callable = contact["callable"] is JsonValue flag && flag.TryGetValue<bool>(out var isCallable) ? isCallable : null;
        if (NumberStatus(contact["phoneNumberStatus"], list) is not { } numberStatus)
        {
            return ApiError.BadRequest(context, "invalid.value",
                "phoneNumberStatus must map phone columns of the contact list to {\"callable\": true|false}.", "phoneNumberStatus");
        }

        parsed = new ContactWriteItem(id, values, callable, numberStatus.Count == 0 && contact["phoneNumberStatus"] is null ? null : numberStatus);
        return null;
    }

    /// <summary><c>{"Phone": {"callable": false}}</c> -> column -> callable; null when malformed (empty when absent).</summary>
    private static Dictionary<string, bool>? NumberStatus(JsonNode? node, ContactListRecord list)
    {
        var result = new Dictionary<string, bool>(StringComparer.Ordinal);
        if (node is null)
        {
            return result;
        }

        if (node is not JsonObject columns)
        {
            return null;
        }

        foreach (var (column, status) in columns)
        {
            if (list.PhoneColumns.All(c => c.ColumnName != column)
                || status is not JsonObject entry || entry["callable"] is not JsonValue value || !value.TryGetValue<bool>(out var callable))
            {
                return null;
            }

            result[column] = callable;
        }

        return result;
    }

    /// <summary>"It cannot contain special characters": letters, digits, '-' and '_' (exact set UNCONFIRMED).</summary>
    [GeneratedRegex("^[A-Za-z0-9_-]{1,255}$", RegexOptions.CultureInvariant)]
    private static partial Regex ContactId();
}
