namespace CampaignBridge.Functions.Credentials;

/// <summary>Stable codes of <see cref="CredentialSourceException"/>; they appear in problem+json and diagnostics.</summary>
public static class CredentialErrorCodes
{
    /// <summary>The vault could not be reached (DNS, network rules, outage, throttling).</summary>
    public const string Unreachable = "keyvault.unreachable";

    /// <summary>The app's identity may not read secrets in the vault.</summary>
    public const string Forbidden = "keyvault.forbidden";

    /// <summary>A configured secret name does not exist in the vault.</summary>
    public const string SecretMissing = "keyvault.secret_missing";

    /// <summary>The secret exists but its current version is disabled.</summary>
    public const string SecretDisabled = "keyvault.secret_disabled";

    /// <summary>No Azure identity could be obtained to call the vault (managed identity off, wrong AZURE_CLIENT_ID).</summary>
    public const string IdentityUnavailable = "keyvault.identity_unavailable";

    /// <summary>Neither Key Vault nor local Genesys:ClientId/ClientSecret are configured.</summary>
    public const string NotConfigured = "credentials.not_configured";
}
