using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Salesforce.Emulator;

/// <summary>
/// <c>POST /services/oauth2/token</c>. Client-credentials grant (reference §1.1), checks in order: a form body with
/// <c>grant_type=client_credentials</c>, a My Domain host, client authentication (form fields, else HTTP Basic),
/// the app's flow switch, its Run As user. JWT bearer grant (§1.2): see <see cref="JwtBearerGrant"/>. Both answer the
/// §1.1.3 body (no <c>expires_in</c>).
/// </summary>
internal static class TokenEndpoint
{
    public const string Path = "/services/oauth2/token";
    public const string ClientCredentials = "client_credentials";

    public static async Task<IResult> HandleAsync(HttpContext context, SalesforceState state)
    {
        var request = context.Request;
        var instanceUrl = $"{request.Scheme}://{request.Host}";
        var form = request.HasFormContentType ? await request.ReadFormAsync(context.RequestAborted) : null;
        if (form is not null && string.Equals(form["grant_type"], JwtBearerGrant.GrantType, StringComparison.Ordinal))
        {
            // The JWT grant is also served on login/test hosts (reference §1.2), so no My Domain check.
            var (jwtApp, jwtUser, failure) = JwtBearerGrant.Verify(form["assertion"], state, instanceUrl);
            return failure ?? Issue(context, state, jwtApp!, jwtUser!, instanceUrl);
        }

        if (form is null || !string.Equals(form["grant_type"], ClientCredentials, StringComparison.Ordinal))
        {
            // Salesforce answers this for a JSON body, query-string parameters and a missing or other grant (third-party captures).
            return OAuthErrors.Result(400, OAuthErrors.UnsupportedGrantType, OAuthErrors.GrantTypeNotSupported);
        }

        if (state.Settings.GenericLoginHosts.Contains(request.Host.Host, StringComparer.OrdinalIgnoreCase))
        {
            return OAuthErrors.Result(400, OAuthErrors.InvalidGrant, OAuthErrors.NotSupportedOnThisDomain);
        }

        var (clientId, clientSecret) = Credentials(form, request.Headers.Authorization.ToString());
        var app = clientId is null ? null : state.FindClientApp(clientId);
        if (app is null)
        {
            return OAuthErrors.Result(400, OAuthErrors.InvalidClientId, OAuthErrors.ClientIdentifierInvalid);
        }

        if (!FixedTimeEquals(app.ConsumerSecret, clientSecret))
        {
            // 400 vs 401 is UNCONFIRMED (reference §1.1.5): settings.wrongSecretStatus.
            return OAuthErrors.Result(state.Settings.WrongSecretStatus, OAuthErrors.InvalidClient, OAuthErrors.InvalidClientCredentials);
        }

        if (!app.ClientCredentialsFlowEnabled)
        {
            // The error for "flow not enabled" is UNCONFIRMED: settings.flowDisabledError / flowDisabledDescription.
            return OAuthErrors.Result(400, state.Settings.FlowDisabledError, state.Settings.FlowDisabledDescription);
        }

        var user = app.RunAsUsername is null ? null : state.FindUser(app.RunAsUsername);
        if (user is null)
        {
            return OAuthErrors.Result(400, OAuthErrors.InvalidGrant, OAuthErrors.NoClientCredentialsUser);
        }

        if (!user.IsActive)
        {
            return OAuthErrors.Result(400, OAuthErrors.InactiveUser, OAuthErrors.UserIsInactive);
        }

        return Issue(context, state, app, user, instanceUrl);
    }

    private static IResult Issue(HttpContext context, SalesforceState state, ClientAppSeed app, UserSeed user, string instanceUrl)
    {
        if (state.Settings.TokenRequestsCountAsApiCalls)
        {
            state.Usage.TryCount(state.Now);
        }

        var lifetime = TimeSpan.FromMinutes(app.SessionTimeoutMinutes ?? state.Settings.SessionTimeoutMinutes);
        var session = state.Sessions.Issue(app, user, state.Now, lifetime);
        context.Response.Headers.CacheControl = "no-cache,must-revalidate,max-age=0,no-store,private";
        return SalesforceResults.Json(Body(state, session, app, instanceUrl));
    }

    private static JsonObject Body(SalesforceState state, Session session, ClientAppSeed app, string instanceUrl)
    {
        var id = $"{instanceUrl}/id/{state.OrganizationId}/{session.User.Id}";
        var issuedAt = session.IssuedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        // The signature's definition is UNCONFIRMED (reference §1.1.3); this is the one given there: HMAC-SHA256(id + issued_at), keyed by the secret.
        var signature = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(app.ConsumerSecret), Encoding.UTF8.GetBytes(id + issuedAt)));
        return new JsonObject
        {
            ["access_token"] = session.AccessToken,
            ["signature"] = signature,
            ["scope"] = "api",
            ["instance_url"] = instanceUrl,
            ["id"] = id,
            ["token_type"] = "Bearer",
            ["issued_at"] = issuedAt,
        };
    }

    /// <summary>Form fields first (the documented form); otherwise <c>Authorization: Basic base64(id:secret)</c>.</summary>
    private static (string? ClientId, string? Secret) Credentials(IFormCollection form, string authorization)
    {
        if (form.TryGetValue("client_id", out var formId))
        {
            return (formId.ToString(), form["client_secret"].ToString());
        }

        var parts = authorization.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !parts[0].Equals("Basic", StringComparison.OrdinalIgnoreCase))
        {
            return (null, null);
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(parts[1]));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            return colon <= 0 ? (null, null) : (text[..colon], text[(colon + 1)..]);
        }
        catch (FormatException)
        {
            return (null, null);
        }
    }

    private static bool FixedTimeEquals(string expected, string? given) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given));
}
