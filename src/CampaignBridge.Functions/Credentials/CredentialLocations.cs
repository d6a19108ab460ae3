using CampaignBridge.Functions.Configuration;

namespace CampaignBridge.Functions.Credentials;

/// <summary>Where the two OAuth clients this app authenticates as are kept.</summary>
internal static class CredentialLocations
{
    public static CredentialLocation Genesys(KeyVaultOptions options)
        => new("Genesys", options.ClientIdSecretName, options.ClientSecretSecretName, "Genesys:ClientId", "Genesys:ClientSecret");

    public static CredentialLocation Salesforce(KeyVaultOptions options)
        => new("Salesforce", options.SalesforceClientIdSecretName, options.SalesforceClientSecretSecretName, "Salesforce:ClientId", "Salesforce:ClientSecret");
}
