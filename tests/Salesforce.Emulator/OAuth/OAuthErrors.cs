namespace Salesforce.Emulator;

/// <summary>The token endpoint's errors of reference §1.1.5: HTTP 400 (unless a setting says otherwise) with <c>{error, error_description}</c>.</summary>
internal static class OAuthErrors
{
    public const string UnsupportedGrantType = "unsupported_grant_type";

    /// <summary>Salesforce's text for a missing or unsupported grant_type, and for a form-less (e.g. JSON) body.</summary>
    public const string GrantTypeNotSupported = "grant type not supported";

    public const string InvalidGrant = "invalid_grant";
    public const string NotSupportedOnThisDomain = "request not supported on this domain";
    public const string NoClientCredentialsUser = "no client credentials user enabled";
    public const string InvalidClientId = "invalid_client_id";
    public const string ClientIdentifierInvalid = "client identifier invalid";
    public const string InvalidClient = "invalid_client";
    public const string InvalidClientCredentials = "invalid client credentials";

    /// <summary>Documented code (reference §1.1.5 last row); the description is UNCONFIRMED.</summary>
    public const string InactiveUser = "inactive_user";
    public const string UserIsInactive = "user is inactive";

    public static IResult Result(int status, string error, string description) =>
        SalesforceResults.Json(new System.Text.Json.Nodes.JsonObject { ["error"] = error, ["error_description"] = description }, status);
}
