using System.Text.Json.Nodes;

namespace GenesysCloud.Emulator;

/// <summary><c>/api/v2/outbound/contactlists</c>: the list, reading and deleting contacts (reference §3.5, §3.6, §8.2).</summary>
internal static class ContactListEndpoints
{
    public const string ContactListNotFoundMessage = "The dialer contact list was not found.";
    public const string ContactListNotFoundOnAddMessage = "The contact list could not be found.";

    public static void Map(IEndpointRouteBuilder app, EmulatorState state)
    {
        const string list = ApiPaths.ContactLists + "/{contactListId}";
        app.MapGet(list, (HttpContext c, string contactListId) => GetList(c, state, contactListId))
            .WithMetadata(RequiredPermission.Any("outbound:contactList:view"));
        app.MapPost(list + "/contacts", (HttpContext c, string contactListId) => ContactWriteEndpoint.Handle(c, state, contactListId))
            .WithMetadata(RequiredPermission.Any("outbound:contact:add"));
        app.MapPost(list + "/contacts/bulk", (HttpContext c, string contactListId) => GetContacts(c, state, contactListId))
            .WithMetadata(RequiredPermission.Any("outbound:contact:view"));
        app.MapDelete(list + "/contacts", (HttpContext c, string contactListId) => RemoveContacts(c, state, contactListId))
            .WithMetadata(RequiredPermission.Any("outbound:contact:delete"));
        app.MapGet(list + "/contacts/{contactId}", (HttpContext c, string contactListId, string contactId) => GetContact(c, state, contactListId, contactId))
            .WithMetadata(RequiredPermission.Any("outbound:contact:view"));
        app.MapDelete(list + "/contacts/{contactId}", (HttpContext c, string contactListId, string contactId) => RemoveContact(c, state, contactListId, contactId))
            .WithMetadata(RequiredPermission.Any("outbound:contact:delete"));
    }

    public static IResult ContactListNotFound(HttpContext context, string message = ContactListNotFoundMessage) =>
        ApiError.NotFound(context, "contact.list.not.found", message);

    private static IResult GetList(HttpContext context, EmulatorState state, string contactListId)
    {
        if (!QueryFlags.TryBool(context, "includeSize", out var includeSize, out var error) || !QueryFlags.TryBool(context, "includeImportStatus", out _, out error))
        {
            return error!;
        }

        using var sync = state.Synchronize(out _);
        var list = state.FindContactList(contactListId);
        if (list is null)
        {
            return ContactListNotFound(context);
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

    private static IResult GetContacts(HttpContext context, EmulatorState state, string contactListId)
    {
        if (!JsonRequestBody.TryReadStringArray(context, out var ids, out var error))
        {
            return error!;
        }

        using var sync = state.Synchronize(out _);
        var list = state.FindContactList(contactListId);
        if (list is null)
        {
            return ContactListNotFound(context);
        }

        var max = state.Settings.MaxContactsPerBulkGet;
        if (ids.Count > max)
        {
            return ApiError.BadRequest(context, "too.many.contacts.requested", $"Only {max} contacts can be retrieved at a time.");
        }

        // Unknown ids are left out of the answer (UNCONFIRMED: the reference does not say omitted vs error).
        var result = new JsonArray();
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            if (list.Contacts.TryGetValue(id, out var contact))
            {
                result.Add(ContactWire.For(contact, list));
            }
        }

        return WireResults.Json(result);
    }

    /// <summary>
    /// Deletes the named contacts that are not in use (§8.2; <see cref="ContactInUse"/>) and answers 200 with no
    /// body either way: whether Genesys reports skipped ids is not documented, a client reads the ids back to know.
    /// </summary>
    private static IResult RemoveContacts(HttpContext context, EmulatorState state, string contactListId)
    {
        // Repeated contactIds (what the .NET SDK sends) and comma-separated values are both accepted.
        var ids = context.Request.Query["contactIds"]
            .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        using var sync = state.Synchronize(out _);
        var list = state.FindContactList(contactListId);
        if (list is null)
        {
            return ContactListNotFound(context);
        }

        if (ids.Count == 0)
        {
            // Code from the reference; text UNCONFIRMED.
            return ApiError.BadRequest(context, "no.contacts.specified", "No contacts were specified.", "contactIds");
        }

        var max = state.Settings.MaxContactsPerDelete;
        if (ids.Count > max)
        {
            return ApiError.BadRequest(context, "too.many.contacts.added", $"There were too many contacts in the request, the limit is {max}");
        }

        foreach (var id in ids)
        {
            if (list.Contacts.TryGetValue(id, out var contact) && !ContactInUse.IsInUse(state, list, contact))
            {
                list.Remove(id);
            }
        }

        return Results.Ok();
    }

    private static IResult GetContact(HttpContext context, EmulatorState state, string contactListId, string contactId)
    {
        using var sync = state.Synchronize(out _);
        var list = state.FindContactList(contactListId);
        if (list is null)
        {
            return ContactListNotFound(context);
        }

        return list.Contacts.TryGetValue(contactId, out var contact)
            ? WireResults.Json(ContactWire.For(contact, list))
            : ApiError.NotFound(context);
    }

    /// <summary>Same "in use" rule as the bulk delete (UNCONFIRMED for the single delete): a kept contact still answers 200.</summary>
    private static IResult RemoveContact(HttpContext context, EmulatorState state, string contactListId, string contactId)
    {
        using var sync = state.Synchronize(out _);
        var list = state.FindContactList(contactListId);
        if (list is null)
        {
            return ContactListNotFound(context);
        }

        if (!list.Contacts.TryGetValue(contactId, out var contact))
        {
            return ApiError.NotFound(context);
        }

        if (!ContactInUse.IsInUse(state, list, contact))
        {
            list.Remove(contactId);
        }

        return Results.Ok();
    }
}
