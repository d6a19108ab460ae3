using System.Text.Json.Nodes;
using Emulators.Hosting;

namespace GenesysCloud.Emulator;

/// <summary>
/// Contact-list export (results reference §3.3): <c>POST .../contactlists/{id}/export</c> starts one (200 with a
/// <c>DomainEntityRef</c>); <c>GET .../export?download=false</c> answers 404 <c>no.available.list.export.uri</c> until it
/// is ready (<c>settings.contactExport.readySeconds</c>), then <c>{uri, exportTimestamp}</c>; <c>download=true</c> redirects
/// to the URI; a GET of the URI returns the CSV. Both list endpoints require ALL <c>outbound:contact:view</c>,
/// <c>outbound:contactList:view</c>.
/// </summary>
internal static class ContactExportEndpoints
{
    public const string DownloadPath = "/downloads/contactlist-exports";
    public const string NoExportMessage = "There is no available download URI for contact list at this time.";

    public static void Map(IEndpointRouteBuilder app, EmulatorState state)
    {
        var permissions = RequiredPermission.All("outbound:contact:view", "outbound:contactList:view");
        const string export = ApiPaths.ContactLists + "/{contactListId}/export";
        app.MapPost(export, (HttpContext c, string contactListId) => Start(c, state, contactListId)).WithMetadata(permissions);
        app.MapGet(export, (HttpContext c, string contactListId) => Uri(c, state, contactListId)).WithMetadata(permissions);
        app.MapGet(DownloadPath + "/{exportId}", (HttpContext c, string exportId) => Download(c, state, exportId));
    }

    private static IResult Start(HttpContext context, EmulatorState state, string contactListId)
    {
        // The body (ContactsExportRequest) is optional (absent or JSON null); of it only contactIds is honoured (filters are not emulated).
        List<string>? contactIds = null;
        if (RequestBody.Text(context).Trim() is { Length: > 0 } text && text != "null")
        {
            if (!JsonRequestBody.TryReadJson(context, out var node, out var error))
            {
                return error!;
            }

            if (node is not JsonObject body)
            {
                return ApiError.MalformedJson(context);
            }

            contactIds = (body["contactIds"] as JsonArray)?.Select(i => i is JsonValue v && v.TryGetValue<string>(out var id) ? id : null).OfType<string>().ToList();
        }

        using var sync = state.Synchronize(out var now);
        if (state.FindContactList(contactListId) is not { } list)
        {
            return ContactListEndpoints.ContactListNotFound(context);
        }

        var contacts = contactIds is null ? list.Contacts.Values : list.Contacts.Values.Where(c => contactIds.Contains(c.Id, StringComparer.Ordinal));
        var exportSettings = state.Settings.ContactExport;
        var readyAt = now.AddSeconds(exportSettings.ReadySeconds);
        state.Exports[list.Id] = new ContactListExport(
            Guid.NewGuid().ToString("N"), list.Id, readyAt, readyAt.AddSeconds(exportSettings.UriLifetimeSeconds), ContactExportCsv.Build(list, contacts));
        return WireResults.Json(EntityRef.Of(list.Id, list.Name, ApiPaths.ContactList(list.Id)));
    }

    private static IResult Uri(HttpContext context, EmulatorState state, string contactListId)
    {
        if (!QueryFlags.TryBool(context, "download", out var download, out var error))
        {
            return error!;
        }

        using var sync = state.Synchronize(out var now);
        if (state.FindContactList(contactListId) is not { } list)
        {
            return ContactListEndpoints.ContactListNotFound(context);
        }

        if (!state.Exports.TryGetValue(list.Id, out var export) || now < export.ReadyAt || now >= export.ExpiresAt)
        {
            return ApiError.NotFound(context, "no.available.list.export.uri", NoExportMessage);
        }

        var uri = $"{context.Request.Scheme}://{context.Request.Host}{DownloadPath}/{export.Id}";
        return download
            ? Results.Redirect(uri)
            : WireResults.Json(new JsonObject { ["uri"] = uri, ["exportTimestamp"] = EmulatorState.Timestamp(export.ReadyAt) });
    }

    private static IResult Download(HttpContext context, EmulatorState state, string exportId)
    {
        if (state.Settings.ContactExport.DownloadRequiresBearer && !HasValidBearer(context, state))
        {
            return ApiError.Create(context, StatusCodes.Status401Unauthorized, "bad.credentials", ApiError.BadCredentialsMessage);
        }

        using var sync = state.Synchronize(out var now);
        var export = state.Exports.Values.FirstOrDefault(e => e.Id == exportId);
        return export is null || now < export.ReadyAt || now >= export.ExpiresAt
            ? ApiError.NotFound(context)
            : Results.Text(export.Csv, "text/csv; charset=utf-8");
    }

    private static bool HasValidBearer(HttpContext context, EmulatorState state) =>
        RequestPipeline.BearerToken(context.Request.Headers.Authorization.ToString()) is { } token && state.OAuth.Validate(token, state.Now) is not null;
}
