using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GenesysCloud.Emulator;

/// <summary><c>/api/v2/outbound/contactlists</c>: the list and its contacts (reference §3.5, §3.6).</summary>
internal static partial class ContactListEndpoints
{
    public const int MaxContactsPerAdd = 1000;
    public const int MaxContactsPerBulkGet = 50;
    public const int MaxContactsPerDelete = 250;
    public const string ContactListNotFoundMessage = "The dialer contact list was not found.";
    public const string ContactListNotFoundOnAddMessage = "The contact list could not be found.";

    public static void Map(IEndpointRouteBuilder app, EmulatorState state)
    {
        const string list = ApiPaths.ContactLists + "/{contactListId}";
        app.MapGet(list, (HttpContext c, string contactListId) => GetList(c, state, contactListId))
            .WithMetadata(new RequiredPermission("outbound:contactList:view"));
        app.MapPost(list + "/contacts", (HttpContext c, string contactListId) => AddContacts(c, state, contactListId))
            .WithMetadata(new RequiredPermission("outbound:contact:add"));
        app.MapPost(list + "/contacts/bulk", (HttpContext c, string contactListId) => GetContacts(c, state, contactListId))
            .WithMetadata(new RequiredPermission("outbound:contact:view"));
        app.MapDelete(list + "/contacts", (HttpContext c, string contactListId) => RemoveContacts(c, state, contactListId))
            .WithMetadata(new RequiredPermission("outbound:contact:delete"));
        app.MapGet(list + "/contacts/{contactId}", (HttpContext c, string contactListId, string contactId) => GetContact(c, state, contactListId, contactId))
            .WithMetadata(new RequiredPermission("outbound:contact:view"));
        app.MapDelete(list + "/contacts/{contactId}", (HttpContext c, string contactListId, string contactId) => RemoveContact(c, state, contactListId, contactId))
            .WithMetadata(new RequiredPermission("outbound:contact:delete"));
    }

    public static JsonObject ContactWire(EmulatedContact contact)
    {
        var data = new JsonObject();
        foreach (var (key, value) in contact.Data)
        {
            data[key] = value;
        }

        return new JsonObject
        {
            ["id"] = contact.Id,
            ["contactListId"] = contact.ContactListId,
            ["data"] = data,
            ["callable"] = contact.Callable,
            ["phoneNumberStatus"] = new JsonObject(),
            ["callRecords"] = new JsonObject(),
            ["selfUri"] = ApiPaths.Contact(contact.ContactListId, contact.Id),
        };
    }

    private static IResult GetList(HttpContext context, EmulatorState state, string contactListId)
    {
        if (!TryBool(context, "includeSize", out var includeSize, out var error) || !TryBool(context, "includeImportStatus", out _, out error))
        {
            return error!;
        }

        lock (state.Gate)
        {
            var list = state.FindContactList(contactListId);
            if (list is null)
            {
                return ApiError.NotFound(context, "contact.list.not.found", ContactListNotFoundMessage);
            }

            var phoneColumns = new JsonArray();
            foreach (var column in list.PhoneColumns)
            {
                phoneColumns.Add(new JsonObject { ["columnName"] = column.ColumnName, ["type"] = column.Type });
            }

            var body = new JsonObject
            {
                ["id"] = list.Id,
                ["name"] = list.Name,
                ["dateCreated"] = EmulatorState.Timestamp(list.DateCreated),
                ["dateModified"] = EmulatorState.Timestamp(list.DateCreated),
                ["version"] = list.Version,
                ["columnNames"] = new JsonArray([.. list.ColumnNames.Select(n => (JsonNode)JsonValue.Create(n))]),
                ["phoneColumns"] = phoneColumns,
                ["emailColumns"] = new JsonArray(),
                ["selfUri"] = ApiPaths.ContactList(list.Id),
            };
            if (includeSize)
            {
                body["size"] = list.Contacts.Count;
            }

            return WireResults.Json(body);
        }
    }

    private static IResult AddContacts(HttpContext context, EmulatorState state, string contactListId)
    {
        foreach (var flag in new[] { "priority", "clearSystemData", "doNotQueue" })
        {
            // Accepted and validated; queue position and system columns are not simulated.
            if (!TryBool(context, flag, out _, out var flagError))
            {
                return flagError!;
            }
        }

        if (!RequestBody.TryReadJson(context, out var node, out var error))
        {
            return error!;
        }

        if (node is not JsonArray items)
        {
            return ApiError.MalformedJson(context);
        }

        lock (state.Gate)
        {
            var list = state.FindContactList(contactListId);
            if (list is null)
            {
                return ApiError.NotFound(context, "contact.list.not.found", ContactListNotFoundOnAddMessage);
            }

            if (items.Count > MaxContactsPerAdd)
            {
                return ApiError.BadRequest(context, "too.many.contacts.added", $"Too many contacts added, the limit is {MaxContactsPerAdd}");
            }

            // Validate everything first: a rejected request changes nothing.
            var parsed = new List<(string? Id, Dictionary<string, string> Data, bool? Callable)>(items.Count);
            foreach (var item in items)
            {
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

                bool? callable = contact["callable"] is JsonValue flagValue && flagValue.TryGetValue<bool>(out var isCallable) ? isCallable : null;
                parsed.Add((id, values, callable));
            }

            var result = new JsonArray();
            foreach (var (id, data, callable) in parsed)
            {
                // Upsert keyed by id; server-assigned GUID when none. contactListId in the item is not enforced (UNCONFIRMED).
                var contactId = id ?? Guid.NewGuid().ToString();
                var existing = list.Contacts.GetValueOrDefault(contactId);
                var stored = new EmulatedContact(contactId, list.Id, data, callable ?? existing?.Callable ?? true);
                list.Contacts[contactId] = stored;
                result.Add(ContactWire(stored));
            }

            return WireResults.Json(result);
        }
    }

    private static IResult GetContacts(HttpContext context, EmulatorState state, string contactListId)
    {
        if (!RequestBody.TryReadStringArray(context, out var ids, out var error))
        {
            return error!;
        }

        lock (state.Gate)
        {
            var list = state.FindContactList(contactListId);
            if (list is null)
            {
                return ApiError.NotFound(context, "contact.list.not.found", ContactListNotFoundMessage);
            }

            if (ids.Count > MaxContactsPerBulkGet)
            {
                return ApiError.BadRequest(context, "too.many.contacts.requested", $"Only {MaxContactsPerBulkGet} contacts can be retrieved at a time.");
            }

            // Unknown ids are left out of the answer (UNCONFIRMED: the reference does not say omitted vs error).
            var result = new JsonArray();
            foreach (var id in ids.Distinct(StringComparer.Ordinal))
            {
                if (list.Contacts.TryGetValue(id, out var contact))
                {
                    result.Add(ContactWire(contact));
                }
            }

            return WireResults.Json(result);
        }
    }

    private static IResult RemoveContacts(HttpContext context, EmulatorState state, string contactListId)
    {
        // Repeated contactIds (what the .NET SDK sends) and comma-separated values are both accepted.
        var ids = context.Request.Query["contactIds"]
            .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        lock (state.Gate)
        {
            var list = state.FindContactList(contactListId);
            if (list is null)
            {
                return ApiError.NotFound(context, "contact.list.not.found", ContactListNotFoundMessage);
            }

            if (ids.Count == 0)
            {
                // Code from the reference; text UNCONFIRMED.
                return ApiError.BadRequest(context, "no.contacts.specified", "No contacts were specified.", "contactIds");
            }

            if (ids.Count > MaxContactsPerDelete)
            {
                return ApiError.BadRequest(context, "too.many.contacts.added", $"There were too many contacts in the request, the limit is {MaxContactsPerDelete}");
            }

            foreach (var id in ids)
            {
                list.Contacts.Remove(id);
            }

            return Results.Ok();
        }
    }

    private static IResult GetContact(HttpContext context, EmulatorState state, string contactListId, string contactId)
    {
        lock (state.Gate)
        {
            var list = state.FindContactList(contactListId);
            if (list is null)
            {
                return ApiError.NotFound(context, "contact.list.not.found", ContactListNotFoundMessage);
            }

            return list.Contacts.TryGetValue(contactId, out var contact)
                ? WireResults.Json(ContactWire(contact))
                : ApiError.NotFound(context);
        }
    }

    private static IResult RemoveContact(HttpContext context, EmulatorState state, string contactListId, string contactId)
    {
        lock (state.Gate)
        {
            var list = state.FindContactList(contactListId);
            if (list is null)
            {
                return ApiError.NotFound(context, "contact.list.not.found", ContactListNotFoundMessage);
            }

            return list.Contacts.Remove(contactId) ? Results.Ok() : ApiError.NotFound(context);
        }
    }

    private static bool TryBool(HttpContext context, string name, out bool value, out IResult? error)
    {
        var raw = context.Request.Query[name].ToString();
        error = null;
        value = false;
        if (raw.Length == 0 || bool.TryParse(raw, out value))
        {
            return true;
        }

        error = ApiError.InvalidQueryParam(context, name, raw, "true, false");
        return false;
    }

    /// <summary>"It cannot contain special characters": letters, digits, '-' and '_' (exact set UNCONFIRMED).</summary>
    [GeneratedRegex("^[A-Za-z0-9_-]{1,255}$", RegexOptions.CultureInvariant)]
    private static partial Regex ContactId();
}
