using System.Globalization;
using Emulators.Hosting;

namespace GenesysCloud.Emulator;

/// <summary>
/// The Genesys middleware around the shared capture and fault pipeline (<see cref="EmulatorPipeline"/>), in order:
/// 405 answered as 404, token outage, size limit, then — after routing — the API gate (bearer token, rate limit,
/// start/stop feature flag, permission).
/// </summary>
internal static class RequestPipeline
{
    public static bool IsTokenRequest(HttpContext context) =>
        TokenEndpoint.Paths.Any(p => context.Request.Path.Equals(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>Correlation id and token-request count, first thing for every request (the shared pipeline's <c>OnRequestArrived</c>).</summary>
    public static void OnRequestArrived(HttpContext context, EmulatorState state)
    {
        Correlation.Start(context);
        if (IsTokenRequest(context) && HttpMethods.IsPost(context.Request.Method))
        {
            state.OAuth.CountTokenRequest();
        }
    }

    /// <summary>A known path with an unsupported method is an unknown route to Genesys clients (UNCONFIRMED): 404, not 405.</summary>
    public static async Task UnsupportedMethodAsNotFoundAsync(HttpContext context, RequestDelegate next)
    {
        await next(context);
        if (!context.Response.HasStarted && context.Response.StatusCode == StatusCodes.Status405MethodNotAllowed)
        {
            context.Response.Headers.Remove("Allow");
            await ApiError.WriteAsync(context, ApiError.NotFound(context));
        }
    }

    /// <summary>The token outage, after the fault rules (a rule on a token path wins) and before the size limit.</summary>
    public static async Task TokenOutageAsync(HttpContext context, RequestDelegate next, EmulatorState state)
    {
        if (IsTokenRequest(context) && state.Faults.TokenOutageStatus is { } outage)
        {
            await TokenEndpoint.WriteOutageAsync(context, outage);
            return;
        }

        await next(context);
    }

    public static async Task SizeLimitAsync(HttpContext context, RequestDelegate next, EmulatorState state)
    {
        var max = state.Settings.MaxRequestBytes;
        if (!EmulatorPipeline.IsAdmin(context) && RequestBody.Bytes(context).Length > max)
        {
            var text = max.ToString(CultureInfo.InvariantCulture);
            await ApiError.WriteAsync(context, ApiError.Create(
                context,
                StatusCodes.Status413PayloadTooLarge,
                state.Settings.RequestTooLargeCode,
                string.Format(CultureInfo.InvariantCulture, ApiError.TooLargeTemplate, text),
                new Dictionary<string, string> { ["maxBytes"] = text },
                "The request is over the size limit. Maximum bytes: {maxBytes}",
                limit: new ErrorLimit("request.bytes.max", "platform.api", max)));
            return;
        }

        await next(context);
    }

    public static async Task ApiGateAsync(HttpContext context, RequestDelegate next, EmulatorState state)
    {
        if (!context.Request.Path.StartsWithSegments("/api/v2", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        var token = BearerToken(context.Request.Headers.Authorization.ToString());
        if (token is null)
        {
            await ApiError.WriteAsync(context, ApiError.Create(context, 401, "authentication.required", ApiError.AuthenticationRequiredMessage));
            return;
        }

        var now = state.Now;
        var client = state.OAuth.Validate(token, now);
        if (client is null)
        {
            await ApiError.WriteAsync(context, ApiError.Create(context, 401, "bad.credentials", ApiError.BadCredentialsMessage));
            return;
        }

        var limit = state.Settings.RateLimitPerMinute;
        if (!state.RateLimiter.TryAcquire(token, now, limit, state.Settings.RateLimitWindow == EmulatorSettings.RateWindowSliding, out var retryAfter))
        {
            await ApiError.WriteAsync(context, ApiError.RateLimited(context, retryAfter));
            return;
        }

        var endpoint = context.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<CampaignActionEndpoint>() is not null && !state.Settings.CampaignStartStopEndpoints)
        {
            await ApiError.WriteAsync(context, ApiError.NotFound(context));
            return;
        }

        if (endpoint?.Metadata.GetMetadata<RequiredPermission>() is { } required && required.Missing(client.Permissions) is { Count: > 0 } missing)
        {
            await ApiError.WriteAsync(context, ApiError.MissingPermissions(context, required, missing));
            return;
        }

        CurrentClient.Set(context, client);
        await next(context);
    }

    /// <summary>The token of <c>Bearer &lt;token&gt;</c> (scheme case-insensitive); null when absent or another scheme.</summary>
    public static string? BearerToken(string header)
    {
        var parts = header.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length == 2 && parts[0].Equals("Bearer", StringComparison.OrdinalIgnoreCase) ? parts[1] : null;
    }
}
