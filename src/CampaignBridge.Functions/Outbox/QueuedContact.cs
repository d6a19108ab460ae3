namespace CampaignBridge.Functions.Outbox;

/// <summary>One contact write waiting in the outbox: the contact id (the Salesforce record id) and its columns.</summary>
internal sealed record QueuedContact(string Id, IReadOnlyDictionary<string, string> Data);
