using System.Globalization;
using Emulators.Hosting;

namespace Salesforce.Emulator;

/// <summary>Salesforce's error bodies for the shared pipeline: OAuth JSON on the token endpoint, the REST error array elsewhere.</summary>
internal sealed class SalesforceErrorWriter : IEmulatorErrorWriter
{
    public Task WriteFaultAsync(HttpContext context, FaultRule rule, int status)
    {
        if (rule.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        if (context.Request.Path.Equals(TokenEndpoint.Path, StringComparison.OrdinalIgnoreCase))
        {
            // UNCONFIRMED: the token endpoint's body for a server-side failure is not in the reference; OAuth shape kept.
            var error = rule.Code ?? (status >= 500 ? "unknown_error" : "invalid_request");
            return OAuthErrors.Result(status, error, rule.Message ?? $"Emulated token endpoint failure (status {status}).").ExecuteAsync(context);
        }

        var (code, message) = RestErrors.StandardFor(status);
        return RestErrors.WriteAsync(context, status, rule.Code ?? code, rule.Message ?? message);
    }

    public Task WriteUnhandledErrorAsync(HttpContext context)
    {
        var (code, message) = RestErrors.StandardFor(StatusCodes.Status500InternalServerError);
        return RestErrors.WriteAsync(context, StatusCodes.Status500InternalServerError, code, message);
    }
}
