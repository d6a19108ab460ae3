namespace CampaignBridge.Salesforce;

/// <summary>A Genesys contact built from a Salesforce record: its id (the Salesforce record id) and its column values.</summary>
/// <param name="Id">The contact id: the Salesforce record id, as sent.</param>
/// <param name="Data">Column -> value; phone columns in E.164; a field sent as nil gives an empty value.</param>
public sealed record MappedContact(string Id, IReadOnlyDictionary<string, string> Data)
{
    /// <summary>
    /// When Salesforce last modified the record (UTC), read from <see cref="OutboundMessageMapping.ModifiedAtField"/>
    /// (by default <c>SystemModstamp</c>, else <c>LastModifiedDate</c>). Null when the record carries none of those
    /// fields, or none whose value is an ISO-8601 date-time (an unreadable value is ignored, never an error): such a
    /// contact is ordered by arrival only.
    /// </summary>
    public DateTimeOffset? ModifiedAt { get; init; }
}
