using System.Text.Json.Nodes;
using Emulators.Hosting;

namespace GenesysCloud.Emulator;

/// <summary>
/// Test-control endpoints under <c>/__emulator/</c>: no authentication, not recorded, not faulted, not rate limited.
/// The common ones (faults, latency, requests, reset) are the shared <see cref="EmulatorAdmin"/>; the Genesys ones
/// (token outage, clients, contact and DNC views, clock, dialer) are mapped on its group. They change the same state
/// as the in-process members of <see cref="GenesysCloudEmulator"/>.
/// </summary>
internal static class AdminEndpoints
{
    public static void Map(IEndpointRouteBuilder app, EmulatorState state)
    {
        var admin = app.MapEmulatorAdmin(new EmulatorAdminOptions
        {
            Recorder = state.Recorder,
            Faults = state.Faults.Requests,
            Reset = state.Reset,
            Json = EmulatorJson.Wire,
        });

        admin.MapPost("/token-outage", (HttpContext c) =>
        {
            if (!AdminBody.TryRead<TokenOutageRequest>(c, EmulatorJson.Wire, out var request, out var error) || request.Status is < 400 or > 599)
            {
                return error ?? AdminBody.Error("status must be an error status (400..599).", EmulatorJson.Wire);
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
            if (!AdminBody.TryRead<SecretRequest>(c, EmulatorJson.Wire, out var request, out var error) || string.IsNullOrEmpty(request.Secret))
            {
                return error ?? AdminBody.Error("secret is required.", EmulatorJson.Wire);
            }

            return state.OAuth.RotateSecret(clientId, request.Secret) ? Results.NoContent() : UnknownClient(clientId);
        });

        admin.MapGet("/contactlists/{contactListId}/contacts", (string contactListId) =>
        {
            using var sync = state.Synchronize(out _);
            var list = state.FindContactList(contactListId);
            return list is null
                ? AdminBody.Error($"Unknown contact list {contactListId}.", EmulatorJson.Wire, StatusCodes.Status404NotFound)
                : WireResults.Json(new JsonArray([.. list.Contacts.Values.Select(c => (JsonNode)ContactWire.For(c, list))]));
        });

        admin.MapGet("/dnclists/{dncListId}/phonenumbers", (string dncListId) =>
        {
            using var sync = state.Synchronize(out _);
            var list = state.FindDncList(dncListId);
            return list is null
                ? AdminBody.Error($"Unknown DNC list {dncListId}.", EmulatorJson.Wire, StatusCodes.Status404NotFound)
                : Results.Json(list.Numbers.Select(n => new { PhoneNumber = n.Key, ExpirationDateTime = n.Value }), EmulatorJson.Wire);
        });

        ClockAdminEndpoints.Map(admin, state);
        DialerAdminEndpoints.Map(admin, state);
    }

    private static IResult UnknownClient(string clientId) =>
        AdminBody.Error($"Unknown OAuth client {clientId}.", EmulatorJson.Wire, StatusCodes.Status404NotFound);
}
