using System.Text;
using Emulators.Hosting;

namespace GenesysCloud.Emulator;

/// <summary>
/// <c>POST /oauth/token</c> (client-credentials grant) with the error behaviour of reference §1.4 as corrected by §8.1. Checks in
/// order: JSON body, grant_type present in the form, grant_type value, client authentication (Basic header,
/// or form fields when <c>acceptCredentialsInBody</c>), client state, client grant type.
/// </summary>
internal static class TokenEndpoint
{
    public const string ClientCredentials = "client_credentials";
    public const string AuthenticationFailed = "authentication failed";
    public const string NotClientCredentialsClient = "client is not authorized to use the client_credential grant type";

    /// <summary>Same-origin path (what the SDK uses when the base path has no <c>api.</c>) and a <c>/login</c> gateway prefix.</summary>
    public static readonly string[] Paths = ["/oauth/token", "/login/oauth/token"];

    public static async Task<IResult> HandleAsync(HttpContext context, EmulatorState state)
    {
        var request = context.Request;
        if (RequestBody.IsJsonContentType(context))
        {
            // UNCONFIRMED: Genesys's answer to a JSON body is unknown; settings.jsonTokenRequestStatus picks 400 or 415.
            return Error(state.Settings.JsonTokenRequestStatus, "invalid_request",
                "grant_type must be sent in an application/x-www-form-urlencoded body, not JSON");
        }

        var form = request.HasFormContentType ? await request.ReadFormAsync(context.RequestAborted) : null;
        var grantType = form?["grant_type"].ToString();
        if (string.IsNullOrEmpty(grantType))
        {
            // UNCONFIRMED text. Covers grant_type sent as a header or query parameter (it must be in the form body).
            return Error(400, "invalid_request", "Missing grant type");
        }

        if (!string.Equals(grantType, ClientCredentials, StringComparison.Ordinal))
        {
            // UNCONFIRMED text (RFC 6749 §5.2 error code).
            return Error(400, "unsupported_grant_type", $"Unsupported grant type: {grantType}");
        }

        var credentials = BasicCredentials(request.Headers.Authorization.ToString());
        if (credentials is null && state.Settings.AcceptCredentialsInBody
            && form!.TryGetValue("client_id", out var bodyId) && form.TryGetValue("client_secret", out var bodySecret))
        {
            credentials = (bodyId.ToString(), bodySecret.ToString());
        }

        if (credentials is null)
        {
            // Missing header, another scheme, or a garbled value such as the literal "Basic BASE64(id:secret)": the same
            // answer as credentials that are not recognised (UNCONFIRMED; §8.1 only covers wrong, unknown and disabled).
            return Error(400, "invalid_client", AuthenticationFailed);
        }

        var (clientId, secret) = credentials.Value;
        var client = state.OAuth.Authenticate(clientId, secret);
        if (client is null || !client.IsActive)
        {
            // §8.1: a wrong secret, an unknown client id and a disabled client all get this same 400; the body cannot tell them apart.
            return Error(400, "invalid_client", AuthenticationFailed);
        }

        if (!client.IsClientCredentialsClient)
        {
            return Error(400, "unauthorized_client", NotClientCredentialsClient);
        }

        var token = state.OAuth.Issue(client, state.Now);
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Json(
            new TokenResponse(token.AccessToken, "bearer", client.AccessTokenValiditySeconds),
            EmulatorJson.Wire);
    }

    public static Task WriteOutageAsync(HttpContext context, int status) =>
        WriteErrorAsync(context, status, status >= 500 ? "temporarily_unavailable" : "invalid_request",
            $"The token service is unavailable (emulated outage, status {status}).");

    public static Task WriteErrorAsync(HttpContext context, int status, string error, string description) =>
        Error(status, error, description).ExecuteAsync(context);

    private static IResult Error(int status, string error, string description) =>
        TypedResults.Json(new OAuthError(error, description, description), EmulatorJson.Wire, "application/json", status);

    /// <summary>Decodes <c>Basic base64(id:secret)</c> (scheme case-insensitive; UTF-8, else ISO-8859-1 as the .NET SDK sends).</summary>
    private static (string ClientId, string Secret)? BasicCredentials(string header)
    {
        var parts = header.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !parts[0].Equals("Basic", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(parts[1]);
        }
        catch (FormatException)
        {
            return null;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.Latin1.GetString(bytes);
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon <= 0 ? null : (text[..colon], text[(colon + 1)..]);
    }
}
