namespace CampaignBridge.Salesforce;

/// <summary>A Genesys contact built from a Salesforce record: its id (the Salesforce record id) and its column values.</summary>
/// <param name="Id">The contact id: the Salesforce record id, as sent.</param>
/// <param name="Data">Column -> value; phone columns in E.164; a field sent as nil gives an empty value.</param>
public sealed record MappedContact(string Id, IReadOnlyDictionary<string, string> Data);
