using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CampaignBridge.Functions.Campaigns;

/// <summary>Registers the campaign functions.</summary>
public static class CampaignApiServiceCollectionExtensions
{
    /// <summary>
    /// Registers the campaign function classes (the worker creates functions with ActivatorUtilities; registering them
    /// lets tests and tools resolve them from the real container).
    /// </summary>
    public static IServiceCollection AddCampaignApi(this IServiceCollection services)
    {
        services.TryAddTransient<ListCampaigns>();
        services.TryAddTransient<GetCampaign>();
        services.TryAddTransient<StartCampaign>();
        services.TryAddTransient<StopCampaign>();
        services.TryAddTransient<GetCampaignProgress>();
        return services;
    }
}
