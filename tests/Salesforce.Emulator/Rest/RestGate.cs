using System.Globalization;

namespace Salesforce.Emulator;

/// <summary>
/// Runs before every <c>/services/data/vNN.N/**</c> endpoint, in order: version (410 retired, 404 unknown), URI
/// length (414), session (401 INVALID_SESSION_ID), API allocation (403 REQUEST_LIMIT_EXCEEDED, else the call is
/// counted). The versions list <c>/services/data/</c> needs no session and is not counted (reference §2).
/// </summary>
internal static class RestGate
{
    public const string DataPath = "/services/data";

    public static bool IsRest(HttpContext context) =>
        context.Request.Path.StartsWithSegments(DataPath, StringComparison.OrdinalIgnoreCase, out var rest) && rest.HasValue && rest.Value != "/";

    public static async Task InvokeAsync(HttpContext context, RequestDelegate next, SalesforceState state)
    {
        if (!context.Request.Path.StartsWithSegments(DataPath, StringComparison.OrdinalIgnoreCase, out var rest) || !rest.HasValue || rest.Value == "/")
        {
            await next(context);
            return;
        }

        var segment = rest.Value!.TrimStart('/').Split('/', 2)[0];
        if (!segment.StartsWith('v') || !ApiVersion.TryParse(segment[1..], out var version) || version > ApiVersion.Parse(state.Settings.LatestApiVersion))
        {
            await RestErrors.ResourceNotFound().ExecuteAsync(context);
            return;
        }

        if (version < ApiVersion.Parse(state.Settings.OldestApiVersion))
        {
            // 410 for a retired version (reference §2); the body's code and text are UNCONFIRMED.
            await RestErrors.WriteAsync(context, StatusCodes.Status410Gone, "UNSUPPORTED_API_VERSION",
                string.Create(CultureInfo.InvariantCulture, $"API version {version.Text} is retired and no longer available."));
            return;
        }

        var uriLength = context.Request.Path.Value!.Length + (context.Request.QueryString.Value?.Length ?? 0);
        if (uriLength > state.Settings.MaxRequestUriLength)
        {
            // UNCONFIRMED: the REST URI limit and its answer (settings.maxRequestUriLength).
            await RestErrors.WriteAsync(context, StatusCodes.Status414UriTooLong, "URI_TOO_LONG", "The request URI is too long.");
            return;
        }

        var session = Authenticate(context, state, out var failure);
        if (session is null)
        {
            await failure!.ExecuteAsync(context);
            return;
        }

        if (!state.Usage.TryCount(state.Now))
        {
            await RestErrors.WriteAsync(context, StatusCodes.Status403Forbidden, RestErrors.RequestLimitExceeded, RestErrors.RequestLimitMessage);
            return;
        }

        RestRequest.Set(context, new RestRequest(version, session));
        await next(context);
    }

    /// <summary><c>Authorization: Bearer &lt;token&gt;</c> (or the older <c>OAuth &lt;token&gt;</c>) naming an active session.</summary>
    private static Session? Authenticate(HttpContext context, SalesforceState state, out IResult? failure)
    {
        failure = RestErrors.Result(StatusCodes.Status401Unauthorized, RestErrors.InvalidSessionId, RestErrors.SessionExpiredMessage);
        var header = context.Request.Headers.Authorization.ToString().Trim();
        if (header.Length == 0)
        {
            return null;
        }

        var parts = header.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !(parts[0].Equals("Bearer", StringComparison.OrdinalIgnoreCase) || parts[0].Equals("OAuth", StringComparison.OrdinalIgnoreCase)))
        {
            // INVALID_AUTH_HEADER exists (reference §4.1); its text is UNCONFIRMED.
            failure = RestErrors.Result(StatusCodes.Status401Unauthorized, RestErrors.InvalidAuthHeader, "INVALID_HEADER_TYPE");
            return null;
        }

        var session = state.Sessions.Validate(parts[1], state.Now);
        if (session is not null)
        {
            failure = null;
        }

        return session;
    }
}
