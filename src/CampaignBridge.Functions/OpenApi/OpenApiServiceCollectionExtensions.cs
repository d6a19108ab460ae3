using CampaignBridge.Functions.Api;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CampaignBridge.Functions.OpenApi;

/// <summary>Registers the OpenAPI document and the operations it publishes.</summary>
public static class OpenApiServiceCollectionExtensions
{
    /// <summary>Registers <see cref="OpenApiDocumentFactory"/> and the operations of <see cref="ApiCatalogue"/>.</summary>
    public static IServiceCollection AddOpenApiDocument(this IServiceCollection services)
    {
        foreach (var operation in ApiCatalogue.Operations)
        {
            services.AddApiOperation(operation);
        }

        services.TryAddSingleton<OpenApiDocumentFactory>();
        return services;
    }

    /// <summary>Publishes one more operation in the OpenAPI document (e.g. from another area of the app).</summary>
    public static IServiceCollection AddApiOperation(this IServiceCollection services, ApiOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        services.AddSingleton(operation);
        return services;
    }
}
