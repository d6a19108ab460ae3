using Azure.Security.KeyVault.Secrets;
using CampaignBridge.Functions.Configuration;
using CampaignBridge.Genesys;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Functions.Credentials;

/// <summary>The Genesys OAuth client from Key Vault (<c>KeyVault:ClientIdSecretName</c> / <c>ClientSecretSecretName</c>).</summary>
internal sealed class GenesysKeyVaultCredentialSource(SecretClient client, IOptions<KeyVaultOptions> options, ILogger<GenesysKeyVaultCredentialSource> logger)
    : KeyVaultCredentialSource(client, CredentialLocations.Genesys(options.Value), logger), IGenesysCredentialSource;
