using Microsoft.AspNetCore.Http;

namespace Emulators.Hosting;

/// <summary>Applies latency and the first matching <see cref="FaultRule"/> to every non-admin request.</summary>
internal sealed class FaultMiddleware(EmulatorPipelineOptions options, CaptureMiddleware capture)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (EmulatorPipeline.IsAdmin(context, options.AdminPrefix))
        {
            await next(context);
            return;
        }

        var faults = options.Faults;
        // Latency uses the real clock on purpose: it simulates a slow network, not emulated time.
        if (faults.Latency > TimeSpan.Zero)
        {
            await Task.Delay(faults.Latency, context.RequestAborted);
        }

        var rule = faults.Take(context.Request.Method, context.Request.Path.Value ?? "");
        if (rule is not null)
        {
            if (rule.LatencyMs is > 0)
            {
                await Task.Delay(rule.LatencyMs.Value, context.RequestAborted);
            }

            if (rule.DropConnection)
            {
                capture.Record(context, 0, options.Time.GetUtcNow());
                context.Abort();
                return;
            }

            if (rule.Status is { } status)
            {
                await options.Errors.WriteFaultAsync(context, rule, status);
                return;
            }
        }

        await next(context);
    }
}
