namespace CampaignBridge.Salesforce.Rest;

/// <summary>The body of an sObject Collections write: <c>{"allOrNone": false, "records": [...]}</c>.</summary>
internal sealed record CollectionRequest(bool AllOrNone, IReadOnlyList<WritableSObject> Records);
