namespace CampaignBridge.Functions.OutboundMessages;

/// <summary>Stable codes of the receiver's refusals (the parser's own codes come from <c>OutboundMessageErrorCodes</c>).</summary>
internal static class OutboundMessageCodes
{
    /// <summary>No <c>Salesforce:OutboundMessages:&lt;name&gt;</c> section for the URL's mapping name.</summary>
    public const string UnknownMapping = "salesforce.outbound.unknown_mapping";

    /// <summary>The mapping exists but is incomplete or contradictory.</summary>
    public const string InvalidMapping = "salesforce.outbound.invalid_mapping";

    /// <summary>The message's OrganizationId is not in <c>Salesforce:AllowedOrganizationIds</c>.</summary>
    public const string OrganizationNotAllowed = "salesforce.outbound.organization_not_allowed";

    /// <summary>The request is not sent as XML (<c>Content-Type</c> missing or not <c>text/xml</c> / <c>application/xml</c>).</summary>
    public const string UnsupportedMediaType = "salesforce.outbound.unsupported_media_type";

    /// <summary>The body broke off before its end (a malformed chunk, fewer bytes than declared, a dropped connection).</summary>
    public const string IncompleteBody = "salesforce.outbound.incomplete_body";

    /// <summary>The de-duplication table or the queue could not be used; nothing was acknowledged.</summary>
    public const string StorageUnavailable = "salesforce.outbound.storage_unavailable";
}
