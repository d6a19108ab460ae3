namespace CampaignBridge.Salesforce;

/// <summary>
/// One Salesforce Outbound Message (the SOAP <c>notifications</c> element): who sent it and up to 100
/// notifications. One ACK covers the whole message.
/// </summary>
public sealed class OutboundMessage
{
    /// <summary>The sending organization. Check it against <see cref="AllowedOrganizations"/> before trusting anything else.</summary>
    public required SalesforceOrganizationId OrganizationId { get; init; }

    /// <summary>The workflow/flow action that sent the message (<c>04k…</c>); empty when the element is absent.</summary>
    public required string ActionId { get; init; }

    /// <summary>
    /// The session id for calling back into Salesforce, when the admin enabled "Send Session ID"; otherwise null.
    /// It is a live credential: never log it (<see cref="ToString"/> leaves it out).
    /// </summary>
    public string? SessionId { get; init; }

    /// <summary>The enterprise SOAP API URL for callbacks; empty when the element is absent.</summary>
    public required string EnterpriseUrl { get; init; }

    /// <summary>The partner SOAP API URL for callbacks; empty when the element is absent.</summary>
    public required string PartnerUrl { get; init; }

    /// <summary>The notifications in document order. Deduplicate on <see cref="OutboundNotification.Id"/>: delivery is at-least-once.</summary>
    public required IReadOnlyList<OutboundNotification> Notifications { get; init; }

    /// <summary>Describes the message without the session id.</summary>
    public override string ToString()
        => $"OutboundMessage {{ OrganizationId = {OrganizationId}, ActionId = {ActionId}, SessionId = {(SessionId is null ? "(none)" : "(redacted)")}, Notifications = {Notifications.Count} }}";
}
