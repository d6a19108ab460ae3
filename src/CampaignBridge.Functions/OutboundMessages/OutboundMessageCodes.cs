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

    /// <summary>The de-duplication table or the queue could not be used; nothing was acknowledged.</summary>
    public const string StorageUnavailable = "salesforce.outbound.storage_unavailable";
}
