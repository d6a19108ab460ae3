using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Emulators.Hosting;

/// <summary>
/// The admin endpoints every emulator has (no authentication, not recorded, never faulted):
/// <c>GET/POST/DELETE /faults</c>, <c>POST /latency</c>, <c>GET/DELETE /requests</c> (redacted) and <c>POST /reset</c>.
/// </summary>
public static class EmulatorAdmin
{
    /// <summary>Maps the common admin endpoints and returns the group, for the emulator's own admin endpoints.</summary>
    public static RouteGroupBuilder MapEmulatorAdmin(this IEndpointRouteBuilder app, EmulatorAdminOptions options)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(options);
        var json = options.Json;
        var admin = app.MapGroup(options.Prefix);

        admin.MapGet("/faults", () => Results.Json(options.Faults.Rules, json));
        admin.MapPost("/faults", (HttpContext c) =>
        {
            if (!AdminBody.TryRead<FaultRule>(c, json, out var rule, out var error))
            {
                return error!;
            }

            try
            {
                return Results.Json(options.Faults.Add(rule), json, statusCode: StatusCodes.Status201Created);
            }
            catch (ArgumentException ex)
            {
                return AdminBody.Error(ex.Message, json);
            }
        });
        admin.MapDelete("/faults", () =>
        {
            options.Faults.Clear();
            return Results.NoContent();
        });

        admin.MapPost("/latency", (HttpContext c) =>
        {
            if (!AdminBody.TryRead<LatencyRequest>(c, json, out var request, out var error) || request.Milliseconds < 0)
            {
                return error ?? AdminBody.Error("milliseconds must be zero or more.", json);
            }

            options.Faults.Latency = TimeSpan.FromMilliseconds(request.Milliseconds);
            return Results.NoContent();
        });

        admin.MapGet("/requests", () => Results.Json(options.Recorder.RedactedSnapshot(), json));
        admin.MapDelete("/requests", () =>
        {
            options.Recorder.Clear();
            return Results.NoContent();
        });

        admin.MapPost("/reset", () =>
        {
            options.Reset();
            return Results.NoContent();
        });
        return admin;
    }
}
