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

    /// <summary>Code of a passed check.</summary>
    public const string OkCode = "ok";

    /// <summary>Code of a check that could not run because an earlier one failed.</summary>
    public const string SkippedCode = "diagnostics.skipped";

    /// <summary>Code of a check with nothing configured to check.</summary>
    public const string NotConfiguredCode = "diagnostics.not_configured";
}
