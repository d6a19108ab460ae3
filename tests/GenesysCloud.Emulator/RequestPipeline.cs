using System.Globalization;

namespace GenesysCloud.Emulator;

/// <summary>
/// The middleware of the emulator, in order: capture (correlation id, body, recording, error safety net),
/// faults (latency, injected failures, token outage), size limit, then — after routing — the API gate
/// (bearer token, rate limit, start/stop feature flag, permission).
/// </summary>
internal static class RequestPipeline
{
    public const string AdminPrefix = "/__emulator";
    private const string RecordedKey = "emulator.recorded";

    public static bool IsAdmin(HttpContext context) => context.Request.Path.StartsWithSegments(AdminPrefix, StringComparison.OrdinalIgnoreCase);

    public static bool IsTokenRequest(HttpContext context) =>
        TokenEndpoint.Paths.Any(p => context.Request.Path.Equals(p, StringComparison.OrdinalIgnoreCase));

    public static async Task CaptureAsync(HttpContext context, RequestDelegate next, EmulatorState state, ILogger logger)
    {
        Correlation.Start(context);
        var admin = IsAdmin(context);
        if (IsTokenRequest(context) && HttpMethods.IsPost(context.Request.Method))
        {
            state.OAuth.CountTokenRequest();
        }

        var arrived = state.Now;
        await RequestBody.CaptureAsync(context);
        if (!admin)
        {
            // Recorded before the response starts, so a caller that has its response can already see the record.
            context.Response.OnStarting(() =>
            {
                Record(context, state, context.Response.StatusCode, arrived, logger);
                return Task.CompletedTask;
            });
        }

        try
        {
            await next(context);
            if (!context.Response.HasStarted && context.Response.StatusCode == StatusCodes.Status405MethodNotAllowed)
            {
                // A known path with an unsupported method is an unknown route to Genesys clients (UNCONFIRMED).
                context.Response.Headers.Remove("Allow");
                await ApiError.WriteAsync(context, ApiError.NotFound(context));
            }
        }
        catch (Exception ex) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(ex, "Emulator failure on {Method} {Path}", context.Request.Method, context.Request.Path);
            var (code, message) = ApiError.StandardFor(500);
            await ApiError.WriteAsync(context, ApiError.Create(context, 500, code, message));
        }
    }

    public static void Record(HttpContext context, EmulatorState state, int status, DateTimeOffset arrived, ILogger logger)
    {
        if (IsAdmin(context) || context.Items.ContainsKey(RecordedKey))
        {
            return;
        }

        context.Items[RecordedKey] = true;
        var headers = context.Request.Headers.ToDictionary(
            h => h.Key,
            h => h.Value.ToString(),
            StringComparer.OrdinalIgnoreCase);
        var query = context.Request.QueryString.HasValue ? context.Request.QueryString.Value![1..] : "";
        state.Recorder.Add(new RecordedRequest(
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

    public static async Task FaultsAsync(HttpContext context, RequestDelegate next, EmulatorState state, ILogger logger)
    {
        if (IsAdmin(context))
        {
            await next(context);
            return;
        }

        var faults = state.Faults;
        // Latency uses the real clock on purpose: it simulates a slow network, not Genesys time.
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
                Record(context, state, 0, state.Now, logger);
                context.Abort();
                return;
            }

            if (rule.Status is { } status)
            {
                await WriteFaultAsync(context, rule, status, state.Settings);
                return;
            }
        }

        if (IsTokenRequest(context) && faults.TokenOutageStatus is { } outage)
        {
            await TokenEndpoint.WriteOutageAsync(context, outage);
            return;
        }

        await next(context);
    }

    public static async Task SizeLimitAsync(HttpContext context, RequestDelegate next, EmulatorState state)
    {
        var max = state.Settings.MaxRequestBytes;
        if (!IsAdmin(context) && RequestBody.Bytes(context).Length > max)
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

    private static async Task WriteFaultAsync(HttpContext context, FaultRule rule, int status, EmulatorSettings settings)
    {
        var (code, message) = ApiError.StandardFor(status);
        var retryAfter = rule.RetryAfterSeconds ?? (status == StatusCodes.Status429TooManyRequests ? 1 : (int?)null);
        if (retryAfter is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        if (IsTokenRequest(context))
        {
            await TokenEndpoint.WriteErrorAsync(context, status, rule.Code ?? (status >= 500 ? "temporarily_unavailable" : "invalid_request"), rule.Message ?? message);
            return;
        }

        if (status == StatusCodes.Status429TooManyRequests && rule.Code is null && rule.Message is null)
        {
            await ApiError.WriteAsync(context, ApiError.RateLimited(context, retryAfter ?? 1));
            return;
        }

        if (status == 413)
        {
            message = rule.Message ?? string.Format(CultureInfo.InvariantCulture, ApiError.TooLargeTemplate, settings.MaxRequestBytes);
            code = settings.RequestTooLargeCode;
        }

        await ApiError.WriteAsync(context, ApiError.Create(context, status, rule.Code ?? code, rule.Message ?? message));
    }
}
