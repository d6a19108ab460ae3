namespace CampaignBridge.Salesforce;

/// <summary>The stable <see cref="OutboundMessageException.Code"/> values. Callers branch and alert on these.</summary>
public static class OutboundMessageErrorCodes
{
    /// <summary>The body is not well-formed XML (or is empty).</summary>
    public const string MalformedXml = "salesforce.outbound.malformed_xml";

    /// <summary>The body contains a document type declaration; DTDs (and with them entities) are never processed.</summary>
    public const string DtdProhibited = "salesforce.outbound.dtd_prohibited";

    /// <summary>The body is larger than <see cref="OutboundMessageParserOptions.MaxBodyBytes"/>.</summary>
    public const string TooLarge = "salesforce.outbound.too_large";

    /// <summary>The message has more <c>Notification</c> elements than <see cref="OutboundMessageParserOptions.MaxNotifications"/>.</summary>
    public const string TooManyNotifications = "salesforce.outbound.too_many_notifications";

    /// <summary>Well-formed XML, but not a SOAP 1.1 envelope whose body is an Outbound Message <c>notifications</c> element.</summary>
    public const string NotANotification = "salesforce.outbound.not_a_notification";

    /// <summary>The <c>notifications</c> element has no (or an empty) <c>OrganizationId</c>.</summary>
    public const string MissingOrganizationId = "salesforce.outbound.missing_organization_id";

    /// <summary>The <c>OrganizationId</c> is not a 15/18-character <c>00D</c> id.</summary>
    public const string InvalidOrganizationId = "salesforce.outbound.invalid_organization_id";

    /// <summary>A <c>Notification</c> lacks its <c>Id</c>, or its <c>sObject</c> repeats a field.</summary>
    public const string InvalidNotification = "salesforce.outbound.invalid_notification";
}
