using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CampaignBridge.Functions.DoNotCall;

/// <summary>Registers the do-not-call function.</summary>
public static class DoNotCallApiServiceCollectionExtensions
{
    /// <summary>Registers <see cref="AddDncNumbers"/>.</summary>
    public static IServiceCollection AddDoNotCallApi(this IServiceCollection services)
    {
        services.TryAddTransient<AddDncNumbers>();
        return services;
    }
}
