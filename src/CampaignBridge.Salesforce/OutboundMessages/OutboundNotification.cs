namespace CampaignBridge.Salesforce;

/// <summary>One <c>Notification</c> of an Outbound Message: its tracking id and the record it carries.</summary>
public sealed class OutboundNotification
{
    /// <summary>The notification id (<c>04l…</c>); the same on every redelivery, so it is the deduplication key.</summary>
    public required string Id { get; init; }

    /// <summary>
    /// The record, with the field values current at send time; null when the notification carries no
    /// <c>sObject</c> (Salesforce sends no data when the record was deleted before delivery).
    /// </summary>
    public SObjectRecord? SObject { get; init; }

    /// <summary>Describes the notification (field values left out).</summary>
    public override string ToString() => $"Notification {{ Id = {Id}, SObject = {SObject?.ToString() ?? "(none)"} }}";
}
