using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CampaignBridge.Functions.Api;

/// <summary>Registers what every HTTP function shares.</summary>
public static class HttpApiServiceCollectionExtensions
{
    /// <summary>Registers <see cref="ApiRequestExecutor"/>.</summary>
    public static IServiceCollection AddHttpApi(this IServiceCollection services)
    {
        services.TryAddSingleton<ApiRequestExecutor>();
        return services;
    }
}
