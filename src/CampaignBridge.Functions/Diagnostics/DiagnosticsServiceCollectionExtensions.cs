using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Functions.Diagnostics;

/// <summary>Registers the diagnostics checks.</summary>
public static class DiagnosticsServiceCollectionExtensions
{
    /// <summary>Binds <c>Diagnostics</c> (validated at startup) and registers <see cref="IDiagnosticsRunner"/> and GetDiagnostics.</summary>
    public static IServiceCollection AddDiagnostics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DiagnosticsOptions>().Bind(configuration.GetSection(DiagnosticsOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiagnosticsOptions>, DiagnosticsOptionsValidator>());
        services.TryAddSingleton<IDiagnosticsRunner, DiagnosticsRunner>();
        services.TryAddTransient<GetDiagnostics>();
        return services;
    }
}
