using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Emulators.Hosting;

/// <summary>
/// The first two middlewares of every emulator: capture (body, recording, one log line, error safety net) and
/// faults (latency, injected status, dropped connection). The emulator adds its own gates and endpoints after.
/// </summary>
public static class EmulatorPipeline
{
    /// <summary>Admin endpoints live under this prefix unless an emulator says otherwise.</summary>
    public const string DefaultAdminPrefix = "/__emulator";

    /// <summary>Adds the capture and fault middlewares.</summary>
    public static WebApplication UseEmulatorPipeline(this WebApplication app, EmulatorPipelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(options);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(options.LogCategory);
        var capture = new CaptureMiddleware(options, logger);
        var faults = new FaultMiddleware(options, capture);
        app.Use(capture.InvokeAsync);
        app.Use(faults.InvokeAsync);
        return app;
    }

    /// <summary>True when the request is for an admin endpoint under <paramref name="adminPrefix"/>.</summary>
    public static bool IsAdmin(HttpContext context, string adminPrefix = DefaultAdminPrefix)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.Path.StartsWithSegments(adminPrefix, StringComparison.OrdinalIgnoreCase);
    }
}
