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
        return services;
    }
}
