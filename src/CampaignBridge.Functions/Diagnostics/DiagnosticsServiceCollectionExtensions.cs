using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
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
        services.TryAddSingleton<GenesysPermissionChecks>();
        services.TryAddSingleton<WayBackChecks>();
        services.TryAddSingleton<CallResultsBacklogCheck>();

        // Resolved on first use: the store (registered with the outbox) needs Storage settings the live checks do not.
        services.TryAddSingleton(sp => new LastProbeReader(
            sp.GetRequiredService<IDiagnosticsReportStore>,
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetRequiredService<ILogger<LastProbeReader>>()));
        services.TryAddTransient<GetDiagnostics>();
        return services;
    }
}
