using CampaignBridge.Functions.Configuration;
using CampaignBridge.Salesforce;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Functions.Credentials;

/// <summary>Local development: the Salesforce consumer key and secret from <c>Salesforce:ClientId</c> / <c>Salesforce:ClientSecret</c>.</summary>
internal sealed class SalesforceConfigurationCredentialSource(
    IConfiguration configuration, IOptions<KeyVaultOptions> options, ILogger<SalesforceConfigurationCredentialSource> logger, HostingEnvironmentName environment)
    : ConfigurationCredentialSource(configuration, CredentialLocations.Salesforce(options.Value), logger, environment), ISalesforceCredentialSource;
