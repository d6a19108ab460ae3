using CampaignBridge.Functions.Api;
using CampaignBridge.Functions.CallResults;
using CampaignBridge.Functions.Campaigns;
using CampaignBridge.Functions.Configuration;
using CampaignBridge.Functions.ContactSync;
using CampaignBridge.Functions.Contacts;
using CampaignBridge.Functions.Credentials;
using CampaignBridge.Functions.Diagnostics;
using CampaignBridge.Functions.DoNotCall;
using CampaignBridge.Functions.Hosting;
using CampaignBridge.Functions.OpenApi;
using CampaignBridge.Functions.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignBridge.Functions;

/// <summary>The composition root of the Function App.</summary>
public static class CampaignBridgeServiceCollectionExtensions
{
    /// <summary>
    /// Registers everything a CampaignBridge function needs, so that a test can build the real container
    /// from a plain <see cref="ServiceCollection"/> and configuration.
    /// </summary>
    public static IServiceCollection AddCampaignBridge(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddFrameworkLogFilters();
        services.AddInMemoryDataProtectionKeys();
        services.AddCampaignBridgeSettings(configuration);
        services.AddCredentialSource(configuration);
        services.AddGenesysConnection(configuration);
        services.AddHttpApi();
        services.AddCampaignApi();
        services.AddContactApi();
        services.AddDoNotCallApi();
        services.AddDiagnostics(configuration);
        services.AddOpenApiDocument();
        services.AddContactOutbox(configuration);
        services.AddCallResults(configuration);
        return services;
    }
}
