namespace CampaignBridge.Salesforce;

/// <summary>
/// What one notification became: a contact (null when the record has no usable id, in which case nothing
/// must be written) and the values that were refused. A refused phone leaves its column out of the contact.
/// </summary>
public sealed class ContactMappingResult
{
    /// <summary>The notification this came from (the redelivery key).</summary>
    public required string NotificationId { get; init; }

    /// <summary>The contact to upsert, or null when the record cannot become a contact.</summary>
    public MappedContact? Contact { get; init; }

    /// <summary>The refused values; empty when everything mapped.</summary>
    public required IReadOnlyList<ContactRejection> Rejections { get; init; }
}
