namespace CampaignBridge.Salesforce;

/// <summary>
/// The <c>sObject</c> of a notification: its type, its id and the fields the admin chose to send. Fields are
/// keyed by API name without prefix (<c>FirstName</c>, <c>Phone__c</c>), case-insensitively like Salesforce
/// API names. A field sent as <c>xsi:nil="true"</c> is present with a null value; a field with no value is
/// usually simply absent.
/// </summary>
public sealed class SObjectRecord
{
    /// <summary>The <c>xsi:type</c> attribute exactly as sent, e.g. <c>sf:Contact</c> (the prefix may differ).</summary>
    public required string Type { get; init; }

    /// <summary>The object API name from <see cref="Type"/> without its prefix, e.g. <c>Contact</c>.</summary>
    public required string ObjectName { get; init; }

    /// <summary>The record id (the <c>Id</c> field), or null when the sObject has none.</summary>
    public string? Id { get; init; }

    /// <summary>Every simple field of the sObject, including <c>Id</c>, by API name.</summary>
    public required IReadOnlyDictionary<string, string?> Fields { get; init; }

    /// <summary>Describes the record without its field values (they are personal data).</summary>
    public override string ToString() => $"{ObjectName} {{ Id = {Id ?? "(none)"}, Fields = {Fields.Count} }}";
}
