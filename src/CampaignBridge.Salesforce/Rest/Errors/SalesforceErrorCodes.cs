namespace CampaignBridge.Salesforce;

/// <summary>The stable <see cref="SalesforceApiException.ErrorCode"/> values. Callers branch on these, never on message text.</summary>
public static class SalesforceErrorCodes
{
    /// <summary>The token endpoint does not know the consumer key (<c>invalid_client_id</c>).</summary>
    public const string InvalidClientId = "salesforce.oauth.invalid_client_id";

    /// <summary>The consumer secret is wrong (<c>invalid_client</c>).</summary>
    public const string InvalidClient = "salesforce.oauth.invalid_client";

    /// <summary>The client credentials flow is on, but the External Client App has no Run As user (<c>invalid_grant</c> "no client credentials user enabled").</summary>
    public const string NoRunAsUser = "salesforce.oauth.no_run_as_user";

    /// <summary>The token request went to a generic login host instead of the org's My Domain (<c>invalid_grant</c> "request not supported on this domain").</summary>
    public const string WrongDomain = "salesforce.oauth.wrong_domain";

    /// <summary>
    /// The External Client App does not allow the client credentials flow (<c>unsupported_grant_type</c> or
    /// <c>unauthorized_client</c>; which one Salesforce sends is UNCONFIRMED, both map here).
    /// </summary>
    public const string FlowDisabled = "salesforce.oauth.flow_disabled";

    /// <summary>The Run As user is inactive (<c>inactive_user</c>).</summary>
    public const string InactiveUser = "salesforce.oauth.inactive_user";

    /// <summary>The org is inactive or locked (<c>inactive_org</c>).</summary>
    public const string InactiveOrg = "salesforce.oauth.inactive_org";

    /// <summary>The token endpoint is rate-limiting this app (<c>rate_limit_exceeded</c>).</summary>
    public const string OAuthRateLimited = "salesforce.oauth.rate_limited";

    /// <summary>Another <c>invalid_grant</c> (e.g. IP restrictions, permitted-users policy).</summary>
    public const string InvalidGrant = "salesforce.oauth.invalid_grant";

    /// <summary>The token endpoint refused the request's form (<c>invalid_request</c> or an unknown error).</summary>
    public const string InvalidTokenRequest = "salesforce.oauth.invalid_request";

    /// <summary>The API answered 401 (INVALID_SESSION_ID) to a freshly issued token too.</summary>
    public const string SessionRejected = "salesforce.session_rejected";

    /// <summary>The org's API allocation is used up (403 REQUEST_LIMIT_EXCEEDED); pause all writers, re-check hourly.</summary>
    public const string RequestLimitExceeded = "salesforce.request_limit_exceeded";

    /// <summary>
    /// The write was not sent: the last <c>Sforce-Limit-Info</c> showed less of the daily allocation left than
    /// <see cref="SalesforceClientOptions.ApiRequestReserve"/>; <see cref="SalesforceApiException.RetryAfter"/> says when to try again.
    /// </summary>
    public const string ApiAllocationLow = "salesforce.api_allocation_low";

    /// <summary>The Run As user lacks an object or field permission or sharing access (403, INSUFFICIENT_ACCESS*).</summary>
    public const string PermissionMissing = "salesforce.permission_missing";

    /// <summary>The object, field or record does not exist or is invisible to the Run As user (404).</summary>
    public const string NotFound = "salesforce.not_found";

    /// <summary>Salesforce refused the request (400 and other 4xx: bad field, bad SOQL, malformed body).</summary>
    public const string BadRequest = "salesforce.bad_request";

    /// <summary>The configured API version is retired (410).</summary>
    public const string VersionRetired = "salesforce.version_retired";

    /// <summary>A query matched more records than the client reads (<see cref="SalesforceRestLimits.MaxQueryRecords"/>).</summary>
    public const string QueryTooLarge = "salesforce.query_too_large";

    /// <summary>Salesforce answered 5xx, could not be reached, answered unreadably, or calls are paused by the circuit breaker.</summary>
    public const string Unavailable = "salesforce.unavailable";

    /// <summary>The request's time budget (<see cref="SalesforceClientOptions.TotalTimeout"/>) or the token request's was exhausted.</summary>
    public const string Timeout = "salesforce.timeout";
}
