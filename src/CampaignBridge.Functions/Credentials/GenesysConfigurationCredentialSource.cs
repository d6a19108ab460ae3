using CampaignBridge.Functions.Configuration;
using CampaignBridge.Genesys;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Functions.Credentials;

/// <summary>Local development: the Genesys OAuth client from <c>Genesys:ClientId</c> / <c>Genesys:ClientSecret</c>.</summary>
internal sealed class GenesysConfigurationCredentialSource(
    IConfiguration configuration, IOptions<KeyVaultOptions> options, ILogger<GenesysConfigurationCredentialSource> logger, HostingEnvironmentName environment)
    : ConfigurationCredentialSource(configuration, CredentialLocations.Genesys(options.Value), logger, environment), IGenesysCredentialSource;
