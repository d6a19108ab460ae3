using System.Text.Json;
using System.Text.Json.Nodes;

namespace GenesysCloud.Emulator;

/// <summary>
/// Test-control endpoints under <c>/__emulator/</c>: no authentication, not recorded, not faulted, not rate limited.
/// They change the same state as the in-process members of <see cref="GenesysCloudEmulator"/>.
/// </summary>
internal static class AdminEndpoints
{
    public static void Map(IEndpointRouteBuilder app, EmulatorState state)
    {
        var admin = app.MapGroup(RequestPipeline.AdminPrefix);

        admin.MapGet("/faults", () => Results.Json(state.Faults.Rules, EmulatorJson.Wire));
        admin.MapPost("/faults", (HttpContext c) => AddFault(c, state));
        admin.MapDelete("/faults", () =>
        {
            state.Faults.Clear();
            return Results.NoContent();
        });

        admin.MapPost("/latency", (HttpContext c) =>
        {
            if (!TryRead<LatencyRequest>(c, out var request, out var error) || request.Milliseconds < 0)
            {
                return error ?? AdminError("milliseconds must be zero or more.");
            }

            state.Faults.Latency = TimeSpan.FromMilliseconds(request.Milliseconds);
            return Results.NoContent();
        });

        admin.MapPost("/token-outage", (HttpContext c) =>
        {
            if (!TryRead<TokenOutageRequest>(c, out var request, out var error) || request.Status is < 400 or > 599)
            {
                return error ?? AdminError("status must be an error status (400..599).");
            }

            state.Faults.TokenOutageStatus = request.Status;
            return Results.NoContent();
        });
        admin.MapDelete("/token-outage", () =>
        {
            state.Faults.TokenOutageStatus = null;
            return Results.NoContent();
        });

        admin.MapPost("/clients/{clientId}/disable", (string clientId) =>
            state.OAuth.Disable(clientId) ? Results.NoContent() : UnknownClient(clientId));
        admin.MapPost("/clients/{clientId}/enable", (string clientId) =>
            state.OAuth.Enable(clientId) ? Results.NoContent() : UnknownClient(clientId));
        admin.MapPost("/clients/{clientId}/secret", (HttpContext c, string clientId) =>
        {
            if (!TryRead<SecretRequest>(c, out var request, out var error) || string.IsNullOrEmpty(request.Secret))
            {
                return error ?? AdminError("secret is required.");
            }

            return state.OAuth.RotateSecret(clientId, request.Secret) ? Results.NoContent() : UnknownClient(clientId);
        });

        admin.MapPost("/reset", () =>
        {
            state.Reset();
            return Results.NoContent();
        });

        admin.MapGet("/requests", () => Results.Json(
            state.Recorder.Snapshot().Select(r => new
            {
                r.Method,
                r.Path,
                r.Query,
                Headers = r.RedactedHeaders(),
                Body = RedactForm(r),
                r.StatusCode,
                r.Timestamp,
            }),
            EmulatorJson.Wire));
        admin.MapDelete("/requests", () =>
        {
            state.Recorder.Clear();
            return Results.NoContent();
        });

        admin.MapGet("/contactlists/{contactListId}/contacts", (string contactListId) =>
        {
            using var sync = state.Synchronize(out _);
            var list = state.FindContactList(contactListId);
            return list is null
                ? AdminError($"Unknown contact list {contactListId}.", StatusCodes.Status404NotFound)
                : WireResults.Json(new JsonArray([.. list.Contacts.Values.Select(c => (JsonNode)ContactWire.For(c, list))]));
        });

        admin.MapGet("/dnclists/{dncListId}/phonenumbers", (string dncListId) =>
        {
            using var sync = state.Synchronize(out _);
            var list = state.FindDncList(dncListId);
            return list is null
                ? AdminError($"Unknown DNC list {dncListId}.", StatusCodes.Status404NotFound)
                : Results.Json(list.Numbers.Select(n => new { PhoneNumber = n.Key, ExpirationDateTime = n.Value }), EmulatorJson.Wire);
        });

        ClockAdminEndpoints.Map(admin, state);
        DialerAdminEndpoints.Map(admin, state);
    }

    private static IResult AddFault(HttpContext context, EmulatorState state)
    {
        if (!TryRead<FaultRule>(context, out var rule, out var error))
        {
            return error!;
        }

        try
        {
            return Results.Json(state.Faults.Add(rule), EmulatorJson.Wire, statusCode: StatusCodes.Status201Created);
        }
        catch (ArgumentException ex)
        {
            return AdminError(ex.Message);
        }
    }

    internal static bool TryRead<T>(HttpContext context, out T value, out IResult? error)
        where T : class
    {
        value = null!;
        try
        {
            var bytes = RequestBody.Bytes(context);
            var parsed = bytes.Length == 0 ? null : JsonSerializer.Deserialize<T>(bytes, EmulatorJson.Wire);
            if (parsed is null)
            {
                error = AdminError("A JSON body is required.");
                return false;
            }

            value = parsed;
            error = null;
            return true;
        }
        catch (JsonException ex)
        {
            error = AdminError($"Malformed JSON: {ex.Message}");
            return false;
        }
    }

    private static string RedactForm(RecordedRequest request) =>
        request.Body.Contains("client_secret=", StringComparison.Ordinal)
            ? string.Join("&", request.Body.Split('&').Select(p => p.StartsWith("client_secret=", StringComparison.Ordinal) ? "client_secret=" + RecordedRequest.Redacted : p))
            : request.Body;

    private static IResult UnknownClient(string clientId) =>
        AdminError($"Unknown OAuth client {clientId}.", StatusCodes.Status404NotFound);

    internal static IResult AdminError(string message, int status = StatusCodes.Status400BadRequest) =>
        Results.Json(new { message, status }, EmulatorJson.Wire, statusCode: status);
}
