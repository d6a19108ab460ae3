using System.Globalization;
using Emulators.Hosting;

namespace GenesysCloud.Emulator;

/// <summary>
/// Genesys's error bodies for the shared pipeline: OAuth JSON on the token paths, the platform error body elsewhere
/// (429 with a default <c>Retry-After: 1</c>, 413 with the size-limit text and code of the settings).
/// </summary>
internal sealed class GenesysErrorWriter(EmulatorSettings settings) : IEmulatorErrorWriter
{
    public async Task WriteFaultAsync(HttpContext context, FaultRule rule, int status)
    {
        var (code, message) = ApiError.StandardFor(status);
        var retryAfter = rule.RetryAfterSeconds ?? (status == StatusCodes.Status429TooManyRequests ? 1 : (int?)null);
        if (retryAfter is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        if (RequestPipeline.IsTokenRequest(context))
        {
            await TokenEndpoint.WriteErrorAsync(context, status, rule.Code ?? (status >= 500 ? "temporarily_unavailable" : "invalid_request"), rule.Message ?? message);
            return;
        }

        if (status == StatusCodes.Status429TooManyRequests && rule.Code is null && rule.Message is null)
        {
            await ApiError.WriteAsync(context, ApiError.RateLimited(context, retryAfter ?? 1));
            return;
        }

        if (status == StatusCodes.Status413PayloadTooLarge)
        {
            message = rule.Message ?? string.Format(CultureInfo.InvariantCulture, ApiError.TooLargeTemplate, settings.MaxRequestBytes);
            code = settings.RequestTooLargeCode;
        }

        await ApiError.WriteAsync(context, ApiError.Create(context, status, rule.Code ?? code, rule.Message ?? message));
    }

    public Task WriteUnhandledErrorAsync(HttpContext context)
    {
        // The pipeline cleared the response (headers too); every Genesys answer carries its correlation id, this one as well.
        context.Response.Headers[Correlation.HeaderName] = Correlation.Get(context);
        var (code, message) = ApiError.StandardFor(StatusCodes.Status500InternalServerError);
        return ApiError.WriteAsync(context, ApiError.Create(context, StatusCodes.Status500InternalServerError, code, message));
    }
}
