namespace CampaignBridge.Functions.Errors;

/// <summary>
/// Stable codes of the errors CampaignBridge itself raises about a caller's request. Genesys codes come from
/// <c>CampaignBridge.Genesys.GenesysErrorCodes</c>, Key Vault codes from <c>Credentials.CredentialErrorCodes</c>.
/// </summary>
public static class ApiErrorCodes
{
    /// <summary>A route id (campaignId, contactListId, dncListId) is not a Genesys id.</summary>
    public const string InvalidId = "request.invalid_id";

    /// <summary>A query parameter is malformed or out of range.</summary>
    public const string InvalidQuery = "request.invalid_query";

    /// <summary>The body is not <c>application/json</c>.</summary>
    public const string UnsupportedMediaType = "request.unsupported_media_type";

    /// <summary>The body is larger than the limit.</summary>
    public const string BodyTooLarge = "request.body_too_large";

    /// <summary>The body is empty.</summary>
    public const string EmptyBody = "request.empty_body";

    /// <summary>The body is not well-formed JSON.</summary>
    public const string MalformedJson = "request.malformed_json";

    /// <summary>A field has the wrong JSON type or an unknown field was sent.</summary>
    public const string InvalidField = "request.invalid_field";

    /// <summary>A required field is missing.</summary>
    public const string MissingField = "request.missing_field";

    /// <summary>A field is JSON null, which no schema of this API allows.</summary>
    public const string NullValue = "request.null_value";

    /// <summary>A member name appears twice in one JSON object.</summary>
    public const string DuplicateField = "request.duplicate_field";

    /// <summary>The request body broke off before its end.</summary>
    public const string IncompleteBody = "request.incomplete_body";

    /// <summary>A list is empty.</summary>
    public const string EmptyList = "request.empty_list";

    /// <summary>A list has more items than one request may carry.</summary>
    public const string TooManyItems = "request.too_many_items";

    /// <summary>A value is well-typed but not acceptable (bad phone number, past expiry...).</summary>
    public const string InvalidValue = "request.invalid_value";

    /// <summary>Every contact of an upsert was rejected; nothing was written.</summary>
    public const string NoValidContacts = "contacts.none_valid";

    /// <summary>The caller closed the request before the answer; recorded, never sent.</summary>
    public const string RequestCancelled = "request.cancelled";

    /// <summary>An unexpected failure inside CampaignBridge.</summary>
    public const string InternalError = "internal.error";
}
