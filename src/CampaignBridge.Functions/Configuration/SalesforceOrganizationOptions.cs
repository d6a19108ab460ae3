namespace CampaignBridge.Functions.Configuration;

/// <summary>The <c>Salesforce:AllowedOrganizationIds</c> setting (comma-separated org ids, 15 or 18 characters).</summary>
public sealed class SalesforceOrganizationOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Salesforce";

    /// <summary>Raw setting; parsed into <c>CampaignBridge.Salesforce.AllowedOrganizations</c>.</summary>
    public string? AllowedOrganizationIds { get; set; }
}
