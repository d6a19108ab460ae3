using System.Text.Json.Nodes;
using Emulators.Hosting;

namespace GenesysCloud.Emulator;

/// <summary>
/// <c>GET /__emulator/clock</c>: the emulator's time, and whether it can be advanced. <c>POST /__emulator/clock
/// {"advanceSeconds": n}</c>: jumps an <see cref="ScaledClock"/> forward (the standalone clock always is one);
/// 409 for any other clock (a test's FakeTimeProvider is advanced by the test, the system clock not at all).
/// </summary>
internal static class ClockAdminEndpoints
{
    public static void Map(RouteGroupBuilder admin, EmulatorState state)
    {
        admin.MapGet("/clock", () => WireResults.Json(Describe(state)));
        admin.MapPost("/clock", (HttpContext context) =>
        {
            if (!AdminBody.TryRead<ClockAdvanceRequest>(context, EmulatorJson.Wire, out var request, out var error))
            {
                return error!;
            }

            if (request.AdvanceSeconds < 0 || double.IsNaN(request.AdvanceSeconds) || request.AdvanceSeconds > TimeSpan.FromDays(3650).TotalSeconds)
            {
                return AdminBody.Error("advanceSeconds must be between 0 and ten years.", EmulatorJson.Wire);
            }

            if (state.Time is not ScaledClock clock)
            {
                return AdminBody.Error("This emulator's clock cannot be advanced from outside (it is not an ScaledClock).", EmulatorJson.Wire, StatusCodes.Status409Conflict);
            }

            clock.Advance(TimeSpan.FromSeconds(request.AdvanceSeconds));
            using (state.Synchronize(out _))
            {
            }

            return WireResults.Json(Describe(state));
        });
    }

    private static JsonObject Describe(EmulatorState state)
    {
        var clock = state.Time as ScaledClock;
        var body = new JsonObject
        {
            ["now"] = EmulatorState.Timestamp(state.Now),
            ["controllable"] = clock is not null,
        };
        if (clock is not null)
        {
            body["speed"] = clock.Speed;
            body["paused"] = clock.IsPaused;
        }

        return body;
    }
}
