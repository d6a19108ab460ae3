using Azure.Security.KeyVault.Secrets;
using CampaignBridge.Functions.Configuration;
using CampaignBridge.Salesforce;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Functions.Credentials;

/// <summary>
/// The Salesforce External Client App's consumer key and secret from Key Vault
/// (<c>KeyVault:SalesforceClientIdSecretName</c> / <c>SalesforceClientSecretSecretName</c>).
/// </summary>
internal sealed class SalesforceKeyVaultCredentialSource(SecretClient client, IOptions<KeyVaultOptions> options, ILogger<SalesforceKeyVaultCredentialSource> logger)
    : KeyVaultCredentialSource(client, CredentialLocations.Salesforce(options.Value), logger), ISalesforceCredentialSource;
