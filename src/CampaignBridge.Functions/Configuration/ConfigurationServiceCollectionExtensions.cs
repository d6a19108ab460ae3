using CampaignBridge.Salesforce;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Functions.Configuration;

/// <summary>Binds and validates (at startup) the configuration sections every area shares.</summary>
public static class ConfigurationServiceCollectionExtensions
{
    /// <summary>
    /// Binds <c>Genesys</c>, <c>KeyVault</c>, <c>Salesforce</c> and <c>Phone</c> with <c>ValidateOnStart</c>, and registers
    /// the parsed <see cref="AllowedOrganizations"/> and <see cref="PhoneNumberNormalizer"/>.
    /// </summary>
    public static IServiceCollection AddCampaignBridgeSettings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GenesysConnectionOptions>().Bind(configuration.GetSection(GenesysConnectionOptions.SectionName)).ValidateOnStart();
        services.AddOptions<KeyVaultOptions>().Bind(configuration.GetSection(KeyVaultOptions.SectionName)).ValidateOnStart();
        services.AddOptions<SalesforceOrganizationOptions>().Bind(configuration.GetSection(SalesforceOrganizationOptions.SectionName)).ValidateOnStart();
        services.AddOptions<PhoneOptions>().Bind(configuration.GetSection(PhoneOptions.SectionName)).ValidateOnStart();

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GenesysConnectionOptions>, GenesysConnectionOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KeyVaultOptions>, KeyVaultOptionsValidator>(_ => new KeyVaultOptionsValidator(configuration)));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SalesforceOrganizationOptions>, SalesforceOrganizationOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PhoneOptions>, PhoneOptionsValidator>());

        services.TryAddSingleton(sp => AllowedOrganizations.Parse(sp.GetRequiredService<IOptions<SalesforceOrganizationOptions>>().Value.AllowedOrganizationIds));
        services.TryAddSingleton(sp => new PhoneNumberNormalizer(PhoneRegion.FromSetting(sp.GetRequiredService<IOptions<PhoneOptions>>().Value.DefaultRegion)));
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
