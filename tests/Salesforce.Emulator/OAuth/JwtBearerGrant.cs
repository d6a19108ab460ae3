using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;

namespace Salesforce.Emulator;

/// <summary>
/// <c>grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&amp;assertion=…</c> (reference §1.2, §8.1): an RS256 JWT whose
/// <c>iss</c> is the consumer key, <c>sub</c> a pre-authorised username, <c>aud</c> the login, test or My Domain origin
/// and <c>exp</c> not past (3 minutes of skew), verified with the app's certificate.
/// </summary>
internal static class JwtBearerGrant
{
    public const string GrantType = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    /// <summary>Clock skew Salesforce allows on <c>exp</c> ("~3 minutes", reference §1.2).</summary>
    public static readonly TimeSpan AllowedSkew = TimeSpan.FromMinutes(3);

    public const string NotApproved = "user hasn't approved this consumer";
    public const string AudienceFailed = "audience validation failed";

    // UNCONFIRMED texts (the reference has none for these cases).
    public const string ExpiredAssertion = "expired authorization code";
    public const string InvalidAssertion = "invalid assertion";
    public const string UnknownUser = "user not found";

    private static readonly string[] GenericAudiences = ["https://login.salesforce.com", "https://test.salesforce.com"];

    /// <summary>The app and user an assertion authenticates, or the OAuth error to answer.</summary>
    public static (ClientAppSeed? App, UserSeed? User, IResult? Error) Verify(string? assertion, SalesforceState state, string instanceUrl)
    {
        var parts = assertion?.Split('.') ?? [];
        if (parts.Length != 3 || !TryDecode(parts[0], out var header) || !TryDecode(parts[1], out var claims)
            || header.GetProperty("alg").GetString() != "RS256")
        {
            return Fail(OAuthErrors.InvalidGrant, InvalidAssertion);
        }

        var issuer = Claim(claims, "iss");
        var app = issuer is null ? null : state.FindClientApp(issuer);
        if (app is null)
        {
            return Fail(OAuthErrors.InvalidClientId, OAuthErrors.ClientIdentifierInvalid);
        }

        if (app.Certificate is null || !SignatureValid(app.Certificate, parts))
        {
            return Fail(OAuthErrors.InvalidGrant, InvalidAssertion);
        }

        var audience = Claim(claims, "aud");
        if (audience is null || !GenericAudiences.Append(instanceUrl).Contains(audience.TrimEnd('/'), StringComparer.OrdinalIgnoreCase))
        {
            return Fail(OAuthErrors.InvalidGrant, AudienceFailed);
        }

        if (!claims.TryGetProperty("exp", out var exp) || !exp.TryGetInt64(out var seconds)
            || DateTimeOffset.FromUnixTimeSeconds(seconds) + AllowedSkew < state.Now)
        {
            return Fail(OAuthErrors.InvalidGrant, ExpiredAssertion);
        }

        var username = Claim(claims, "sub");
        var user = username is null ? null : state.FindUser(username);
        if (user is null)
        {
            return Fail(OAuthErrors.InvalidGrant, UnknownUser);
        }

        if (!app.PreAuthorizedUsernames.Contains(user.Username, StringComparer.OrdinalIgnoreCase))
        {
            return Fail(OAuthErrors.InvalidGrant, NotApproved);
        }

        return user.IsActive ? (app, user, null) : Fail(OAuthErrors.InactiveUser, OAuthErrors.UserIsInactive);
    }

    private static (ClientAppSeed?, UserSeed?, IResult?) Fail(string error, string description) =>
        (null, null, OAuthErrors.Result(StatusCodes.Status400BadRequest, error, description));

    /// <summary>RS256 = RSASSA-PKCS1-v1_5 with SHA-256 over <c>header.claims</c> (ASCII).</summary>
    private static bool SignatureValid(string certificatePem, string[] parts)
    {
        try
        {
            using var certificate = X509Certificate2.CreateFromPem(certificatePem);
            using var rsa = certificate.GetRSAPublicKey();
            return rsa is not null && rsa.VerifyData(
                Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]),
                Base64UrlDecode(parts[2]),
                HashAlgorithmName.SHA256,
                RSASignaturePadding.Pkcs1);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return false;
        }
    }

    private static string? Claim(JsonElement claims, string name) =>
        claims.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool TryDecode(string part, out JsonElement json)
    {
        json = default;
        try
        {
            using var document = JsonDocument.Parse(Base64UrlDecode(part));
            json = document.RootElement.Clone();
            return json.ValueKind == JsonValueKind.Object;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return false;
        }
    }

    private static byte[] Base64UrlDecode(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }
}
