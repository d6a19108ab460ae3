using Emulators.Hosting;

namespace Salesforce.Emulator;

/// <summary>
/// The Salesforce emulator's own admin endpoints (besides the common faults/latency/requests/reset):
/// sessions, API usage, per-record faults and record views. No authentication, not recorded, never faulted.
/// </summary>
internal static class SalesforceAdminEndpoints
{
    public static void Map(IEndpointRouteBuilder app, SalesforceState state)
    {
        var json = SalesforceJson.Admin;
        var admin = app.MapEmulatorAdmin(new EmulatorAdminOptions
        {
            Recorder = state.Recorder,
            Faults = state.Faults.Requests,
            Reset = state.Reset,
            Json = json,
        });

        admin.MapGet("/sessions", () => Results.Json(state.Sessions.Snapshot(state.Now), json));
        admin.MapPost("/sessions/expire", () =>
        {
            state.Sessions.ExpireAll();
            return Results.NoContent();
        });

        admin.MapGet("/api-usage", () => Results.Json(new ApiUsage(state.Usage.Used(state.Now), state.Usage.Limit), json));
        admin.MapPost("/api-usage", (HttpContext c) =>
        {
            if (!AdminBody.TryRead<ApiUsageRequest>(c, json, out var request, out var error))
            {
                return error!;
            }

            if (request.Used < 0 || request.Limit is < 1)
            {
                return AdminBody.Error("used must be zero or more and limit at least 1.", json);
            }

            state.Usage.Set(state.Now, request.Used, request.Limit);
            return Results.NoContent();
        });

        admin.MapGet("/record-faults", () => Results.Json(state.RecordFaults.Snapshot(), json));
        admin.MapPost("/record-faults", (HttpContext c) =>
        {
            if (!AdminBody.TryRead<RecordFault>(c, json, out var fault, out var error))
            {
                return error!;
            }

            try
            {
                return Results.Json(state.RecordFaults.Add(fault), json, statusCode: StatusCodes.Status201Created);
            }
            catch (ArgumentException ex)
            {
                return AdminBody.Error(ex.Message, json);
            }
        });
        admin.MapDelete("/record-faults", () =>
        {
            state.RecordFaults.Clear();
            return Results.NoContent();
        });

        admin.MapGet("/records/{type}", (string type) =>
        {
            if (state.Catalog.Find(type) is not { } schema)
            {
                return AdminBody.Error($"Unknown object type {type}.", json, StatusCodes.Status404NotFound);
            }

            lock (state.Gate)
            {
                return Results.Json(state.Store.All(schema.Name).Select(r => new { r.Type, r.Id, r.Fields }), json);
            }
        });
    }
}
