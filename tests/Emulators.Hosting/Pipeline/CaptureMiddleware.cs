using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Emulators.Hosting;

/// <summary>Captures the body, records the request when its response starts, logs one line, and answers unhandled exceptions.</summary>
internal sealed class CaptureMiddleware(EmulatorPipelineOptions options, ILogger logger)
{
    private const string RecordedKey = "emulator.recorded";

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        options.OnRequestArrived?.Invoke(context);
        var admin = EmulatorPipeline.IsAdmin(context, options.AdminPrefix);
        var arrived = options.Time.GetUtcNow();
        await RequestBody.CaptureAsync(context);
        if (!admin)
        {
            // Recorded before the response starts, so a caller that has its response can already see the record.
            context.Response.OnStarting(() =>
            {
                Record(context, context.Response.StatusCode, arrived);
                return Task.CompletedTask;
            });
        }

        try
        {
            await next(context);
        }
        catch (Exception ex) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(ex, "Emulator failure on {Method} {Path}", context.Request.Method, context.Request.Path);
            context.Response.Clear();
            await options.Errors.WriteUnhandledErrorAsync(context);
        }
    }

    /// <summary>Records the request once (a dropped connection records status 0 before aborting).</summary>
    public void Record(HttpContext context, int status, DateTimeOffset arrived)
    {
        if (EmulatorPipeline.IsAdmin(context, options.AdminPrefix) || context.Items.ContainsKey(RecordedKey))
        {
            return;
        }

        context.Items[RecordedKey] = true;
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var query = context.Request.QueryString.HasValue ? context.Request.QueryString.Value![1..] : "";
        options.Recorder.Add(new RecordedRequest(
            context.Request.Method,
            context.Request.Path.Value ?? "",
            query,
            headers,
            RequestBody.Text(context),
            status,
            arrived));
        // Method, path and status only: never headers, bodies or query values that could carry secrets.
        logger.LogInformation("{Method} {Path} -> {Status}", context.Request.Method, context.Request.Path.Value, status);
    }
}
