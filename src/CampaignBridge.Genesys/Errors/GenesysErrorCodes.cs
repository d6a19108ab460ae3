namespace CampaignBridge.Genesys;

/// <summary>The stable <see cref="GenesysApiException.ErrorCode"/> values. Callers branch on these, never on message text.</summary>
public static class GenesysErrorCodes
{
    /// <summary>The OAuth client lacks the Client Credentials grant.</summary>
    public const string UnauthorizedClient = "genesys.oauth.unauthorized_client";

    /// <summary>Wrong client id/secret, or the client belongs to another region.</summary>
    public const string InvalidClient = "genesys.oauth.invalid_client";

    /// <summary>The OAuth client is disabled.</summary>
    public const string ClientDisabled = "genesys.oauth.client_disabled";

    /// <summary>The token request was malformed (a bug on our side or a proxy rewriting it).</summary>
    public const string InvalidRequest = "genesys.oauth.invalid_request";

    /// <summary>The API kept answering 401 to a freshly issued token.</summary>
    public const string TokenRejected = "genesys.oauth.token_rejected";

    /// <summary>The OAuth client's roles lack a permission the operation needs.</summary>
    public const string PermissionMissing = "genesys.permission.missing";

    /// <summary>The campaign, contact list, DNC list or contact does not exist (or is invisible to the client).</summary>
    public const string NotFound = "genesys.not_found";

    /// <summary>The object changed between read and write (stale <c>version</c>) and retries were exhausted.</summary>
    public const string VersionConflict = "genesys.version_conflict";

    /// <summary>The campaign cannot move to the requested status (e.g. complete to off).</summary>
    public const string InvalidCampaignTransition = "genesys.campaign.invalid_transition";

    /// <summary>Numbers can only be appended to Internal (<c>rds</c>) DNC lists.</summary>
    public const string DncListNotInternal = "genesys.dnc.not_internal";

    /// <summary>Contact data names columns the contact list does not have.</summary>
    public const string InvalidContactColumns = "genesys.contacts.invalid_columns";

    /// <summary>Any other 4xx answer.</summary>
    public const string BadRequest = "genesys.bad_request";

    /// <summary>Rate limited; <see cref="GenesysApiException.RetryAfter"/> says when to try again.</summary>
    public const string RateLimited = "genesys.rate_limited";

    /// <summary>Genesys answered 5xx or could not be reached, after retries.</summary>
    public const string Unavailable = "genesys.unavailable";

    /// <summary>The operation's time budget was exhausted.</summary>
    public const string Timeout = "genesys.timeout";
}
