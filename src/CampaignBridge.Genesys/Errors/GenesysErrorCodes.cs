namespace CampaignBridge.Genesys;

/// <summary>The stable <see cref="GenesysApiException.ErrorCode"/> values. Callers branch on these, never on message text.</summary>
public static class GenesysErrorCodes
{
    /// <summary>The OAuth client lacks the Client Credentials grant.</summary>
    public const string UnauthorizedClient = "genesys.oauth.unauthorized_client";

    /// <summary>
    /// The login service did not accept the client: a wrong client id or secret, a client of another region, or a disabled
    /// client. Genesys answers all of them with the same 400 <c>invalid_client</c>, so they cannot be told apart.
    /// </summary>
    public const string InvalidClient = "genesys.oauth.invalid_client";

    /// <summary>The token request was malformed (a bug on our side or a proxy rewriting it).</summary>
    public const string InvalidRequest = "genesys.oauth.invalid_request";

    /// <summary>The API kept answering 401 to a freshly issued token.</summary>
    public const string TokenRejected = "genesys.oauth.token_rejected";

    /// <summary>The OAuth client's roles lack a permission the operation needs.</summary>
    public const string PermissionMissing = "genesys.permission.missing";

    /// <summary>The campaign, contact list, DNC list or contact does not exist (or is invisible to the client).</summary>
    public const string NotFound = "genesys.not_found";

    /// <summary>A campaign changed between read and write (stale <c>version</c> on its PUT) and retries were exhausted.</summary>
    public const string VersionConflict = "genesys.version_conflict";

    /// <summary>
    /// A 409 outside a campaign update: "the request conflicts with the current state of the target resource", a state
    /// Genesys does not document further.
    /// </summary>
    public const string Conflict = "genesys.conflict";

    /// <summary>The campaign cannot move to the requested status (e.g. complete to off).</summary>
    public const string InvalidCampaignTransition = "genesys.campaign.invalid_transition";

    /// <summary>Numbers can only be appended to Internal (<c>rds</c>) DNC lists.</summary>
    public const string DncListNotInternal = "genesys.dnc.not_internal";

    /// <summary>The Internal DNC list holds as many entries (records or phone numbers) as Genesys allows per list.</summary>
    public const string DncListFull = "genesys.dnc.list_full";

    /// <summary>The organization holds as many DNC entries (records or phone numbers) as Genesys allows per organization.</summary>
    public const string DncOrganizationFull = "genesys.dnc.organization_full";

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
