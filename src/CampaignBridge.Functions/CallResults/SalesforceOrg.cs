namespace CampaignBridge.Functions.CallResults;

/// <summary>The Salesforce org the way back writes to, from <c>Salesforce:InstanceUrl</c>; empty = the way back is off.</summary>
/// <param name="InstanceUrl">The org's My Domain URL, or null.</param>
internal sealed record SalesforceOrg(Uri? InstanceUrl)
{
    /// <summary>Whether the way back is configured.</summary>
    public bool IsConfigured => InstanceUrl is not null;

    /// <summary>The group key of the org's queued attempts: its host.</summary>
    public string Key => InstanceUrl?.Host ?? "salesforce";
}
