namespace CampaignBridge.Salesforce.Rest;

/// <summary>
/// The token endpoint's refusals (reference §1.1.5, HTTP 400 <c>{error, error_description}</c>) as a stable code and a
/// hint naming what the Salesforce admin must change. Branches on <c>error</c> and <c>error_description</c>, not on status.
/// </summary>
internal static class TokenRefusals
{
    private const string AppSettings = "Setup > External Client App Manager > (the app) > Settings > OAuth Settings";
    private const string AppPolicies = "Setup > External Client App Manager > (the app) > Policies > OAuth Policies";

    public static (string ErrorCode, string Hint) Explain(string? error, string? description, int status) => (error, status) switch
    {
        ("invalid_grant", _) when Mentions(description, "no client credentials user") => (SalesforceErrorCodes.NoRunAsUser,
            $"The External Client App has the client credentials flow on but no Run As user. In {AppPolicies}, under Client Credentials Flow, "
            + "set Run As to the active integration user (it needs the API Only User permission)."),
        ("invalid_grant", _) when Mentions(description, "not supported on this domain") => (SalesforceErrorCodes.WrongDomain,
            "The token request went to a generic login host. Set Salesforce:InstanceUrl to the org's My Domain URL "
            + "(https://<name>.my.salesforce.com, Setup > My Domain), not login.salesforce.com or test.salesforce.com."),
        ("invalid_grant", _) => (SalesforceErrorCodes.InvalidGrant,
            $"Salesforce refused the grant. In {AppPolicies} check the permitted users, IP relaxation (trusted IP ranges) and the Run As user, "
            + "and that the Run As user is active and not frozen."),
        ("invalid_client_id", _) => (SalesforceErrorCodes.InvalidClientId,
            "Salesforce does not know the consumer key. Set the Key Vault secret salesforce-client-id (locally Salesforce:ClientId) to the app's "
            + $"Consumer Key ({AppSettings} > Consumer Key and Secret), and check that Salesforce:InstanceUrl is the org the app lives in "
            + "(a sandbox has its own apps and keys)."),
        ("invalid_client", _) => (SalesforceErrorCodes.InvalidClient,
            "Salesforce refused the consumer secret. Set the Key Vault secret salesforce-client-secret (locally Salesforce:ClientSecret) to the app's "
            + $"current Consumer Secret ({AppSettings} > Consumer Key and Secret; it changes when the secret is rotated). If the secret is right, "
            + $"check that Enable Client Credentials Flow is on in {AppSettings} (some orgs answer invalid_client when it is off)."),
        ("unsupported_grant_type" or "unauthorized_client", _) => (SalesforceErrorCodes.FlowDisabled,
            $"The External Client App does not allow the client credentials flow. Turn on Enable Client Credentials Flow in {AppSettings} "
            + $"and in {AppPolicies}, then set its Run As user (for a legacy connected app: Enable Client Credentials Flow and Run As under its OAuth policies)."),
        ("inactive_user", _) => (SalesforceErrorCodes.InactiveUser,
            $"The app's Run As user is inactive. Reactivate it in Setup > Users, or choose another active API-only integration user as Run As user in {AppPolicies}."),
        ("inactive_org", _) => (SalesforceErrorCodes.InactiveOrg,
            "The org is inactive or locked (for example an expired trial, or a sandbox being refreshed or deleted). Check that Salesforce:InstanceUrl names a live org."),
        ("rate_limit_exceeded", _) => (SalesforceErrorCodes.OAuthRateLimited,
            "Salesforce is rate-limiting token requests for this app. Tokens are cached and the request is retried after a pause; "
            + "check that nothing else requests tokens with the same consumer key in a loop."),
        (_, >= 200 and < 300) => (SalesforceErrorCodes.Unavailable,
            "The token endpoint answered without a usable access token. Check that Salesforce:InstanceUrl is the org's My Domain and no proxy answers instead."),
        (_, 0 or >= 500) => (SalesforceErrorCodes.Unavailable,
            "The Salesforce token endpoint is failing or unreachable. Retry later; check https://status.salesforce.com and the network path to Salesforce:InstanceUrl."),
        (_, 401) => (SalesforceErrorCodes.InvalidClient,
            "Check the consumer key and secret (Key Vault secrets salesforce-client-id / salesforce-client-secret) and that Salesforce:InstanceUrl is the app's org."),
        _ => (SalesforceErrorCodes.InvalidTokenRequest,
            "The token endpoint refused the request's form. Check Salesforce:InstanceUrl (the org's My Domain origin) and that no proxy rewrites requests to it."),
    };

    /// <summary>
    /// Refusals after which re-reading the credentials may help: the secret was rotated (<c>invalid_client</c>) or the
    /// store now names another app (<c>invalid_client_id</c>).
    /// </summary>
    public static bool IsCredentialRejection(string errorCode)
        => errorCode is SalesforceErrorCodes.InvalidClient or SalesforceErrorCodes.InvalidClientId;

    private static bool Mentions(string? description, string text)
        => description?.Contains(text, StringComparison.OrdinalIgnoreCase) == true;
}
