namespace CampaignBridge.Functions.Diagnostics;

/// <summary>Names and codes of the diagnostics checks, in the order they run.</summary>
public static class DiagnosticCheckNames
{
    /// <summary>Settings are present and valid.</summary>
    public const string Configuration = "configuration";

    /// <summary>The Genesys OAuth client credentials can be read (Key Vault or app settings).</summary>
    public const string Credentials = "credentials";

    /// <summary>Genesys issues a client-credentials token.</summary>
    public const string Token = "token";

    /// <summary>outbound:campaign:view.</summary>
    public const string CampaignsRead = "campaigns.read";

    /// <summary>outbound:contactList:view.</summary>
    public const string ContactListRead = "contactList.read";

    /// <summary>outbound:dncList:view.</summary>
    public const string DncListRead = "dncList.read";

    /// <summary>analytics:conversationDetail:view (the way back reads results with the detail query).</summary>
    public const string AnalyticsRead = "analytics.read";

    /// <summary>routing:wrapupCode:view (wrap-up code ids become names).</summary>
    public const string WrapUpCodesRead = "wrapUpCodes.read";

    /// <summary>The way back's settings (Salesforce:InstanceUrl, followed campaigns).</summary>
    public const string WayBack = "wayBack";

    /// <summary>The Salesforce External Client App's consumer key and secret can be read.</summary>
    public const string SalesforceCredentials = "salesforce.credentials";

    /// <summary>Salesforce issues a client-credentials token.</summary>
    public const string SalesforceToken = "salesforce.token";

    /// <summary>The Run As user may create and update the Task fields written.</summary>
    public const string SalesforceTask = "salesforce.task";

    /// <summary>The Run As user may update Lead.DoNotCall.</summary>
    public const string SalesforceLead = "salesforce.lead";

    /// <summary>The Run As user may update Contact.DoNotCall.</summary>
    public const string SalesforceContact = "salesforce.contact";

    /// <summary>The Run As user may update CampaignMember.Status (only when an outcome sets a status).</summary>
    public const string SalesforceCampaignMember = "salesforce.campaignMember";

    /// <summary>Call results waiting for Salesforce: how many, how old, how many given up.</summary>
    public const string CallResultsBacklog = "callResults.backlog";

    /// <summary>Code when the Run As user cannot write a field the way back writes.</summary>
    public const string FieldNotWritableCode = "salesforce.field_not_writable";

    /// <summary>Code when results wait too long or some were given up.</summary>
    public const string BacklogCode = "callResults.backlog";

    /// <summary>Code of a passed check.</summary>
    public const string OkCode = "ok";

    /// <summary>Code of a check that could not run because an earlier one failed.</summary>
    public const string SkippedCode = "diagnostics.skipped";

    /// <summary>Code of a check with nothing configured to check.</summary>
    public const string NotConfiguredCode = "diagnostics.not_configured";
}
