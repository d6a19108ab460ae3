using System.Globalization;

namespace Salesforce.Emulator;

/// <summary>
/// <c>Sforce-Limit-Info: api-usage=N/M</c> on every REST response (reference §2), errors included, except a 401
/// (no org is known from an invalid session) and the versions list.
/// </summary>
internal static class LimitInfoHeader
{
    public const string Name = "Sforce-Limit-Info";

    public static void Register(HttpContext context, SalesforceState state)
    {
        if (!RestGate.IsRest(context))
        {
            return;
        }

        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode != StatusCodes.Status401Unauthorized)
            {
                var now = state.Now;
                context.Response.Headers[Name] = string.Create(CultureInfo.InvariantCulture, $"api-usage={state.Usage.Used(now)}/{state.Usage.Limit}");
            }

            return Task.CompletedTask;
        });
    }
}
