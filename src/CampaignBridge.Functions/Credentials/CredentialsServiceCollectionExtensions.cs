using Azure.Core;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using CampaignBridge.Functions.Configuration;
using CampaignBridge.Genesys;
using CampaignBridge.Salesforce;
using CampaignBridge.OAuth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Functions.Credentials;

/// <summary>
/// Registers the <see cref="IGenesysCredentialSource"/> and <see cref="ISalesforceCredentialSource"/> the two clients read
/// their OAuth client credentials from: Key Vault when <c>KeyVault:Uri</c> is set, else app settings.
/// </summary>
public static class CredentialsServiceCollectionExtensions
{
    /// <summary>Key Vault retries: few and short, because an HTTP caller (Apex) waits at most 10 s in total.</summary>
    public const int KeyVaultMaxRetries = 2;

    /// <summary>First Key Vault retry delay (exponential after that).</summary>
    public static readonly TimeSpan KeyVaultRetryDelay = TimeSpan.FromMilliseconds(500);

    /// <summary>Per-attempt Key Vault network timeout.</summary>
    public static readonly TimeSpan KeyVaultNetworkTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// With <c>KeyVault:Uri</c> set: a <see cref="SecretClient"/> using <see cref="DefaultAzureCredential"/> (managed identity in
    /// Azure; <c>AZURE_CLIENT_ID</c> selects a user-assigned one). Otherwise <c>Genesys:ClientId/ClientSecret</c>.
    /// <see cref="TokenCredential"/> and <see cref="SecretClientOptions"/> are registered with TryAdd so tests can supply
    /// their own (a fake vault's transport); production never registers them elsewhere.
    /// </summary>
    public static IServiceCollection AddCredentialSource(this IServiceCollection services, IConfiguration configuration)
    {
        var managedIdentityClientId = configuration["AZURE_CLIENT_ID"];
        services.TryAddSingleton<HostingEnvironmentName>(_ => new HostingEnvironmentName(configuration));
        services.TryAddSingleton<TokenCredential>(_ => new DefaultAzureCredential(new DefaultAzureCredentialOptions
        {
            ManagedIdentityClientId = string.IsNullOrWhiteSpace(managedIdentityClientId) ? null : managedIdentityClientId,
        }));
        services.TryAddSingleton(_ => CreateSecretClientOptions());
        services.TryAddSingleton(sp => new SecretClient(
            sp.GetRequiredService<IOptions<KeyVaultOptions>>().Value.VaultUri,
            sp.GetRequiredService<TokenCredential>(),
            sp.GetRequiredService<SecretClientOptions>()));

        services.TryAddSingleton<GenesysKeyVaultCredentialSource>();
        services.TryAddSingleton<GenesysConfigurationCredentialSource>();
        services.TryAddSingleton<SalesforceKeyVaultCredentialSource>();
        services.TryAddSingleton<SalesforceConfigurationCredentialSource>();
        services.TryAddSingleton<IGenesysCredentialSource>(sp => UsesKeyVault(sp)
            ? sp.GetRequiredService<GenesysKeyVaultCredentialSource>()
            : sp.GetRequiredService<GenesysConfigurationCredentialSource>());
        services.TryAddSingleton<ISalesforceCredentialSource>(sp => UsesKeyVault(sp)
            ? sp.GetRequiredService<SalesforceKeyVaultCredentialSource>()
            : sp.GetRequiredService<SalesforceConfigurationCredentialSource>());

        // The diagnostics' credential check reads the Genesys source afresh.
        services.TryAddSingleton<ICredentialSourceCheck>(sp => (ICredentialSourceCheck)sp.GetRequiredService<IGenesysCredentialSource>());
        return services;
    }

    private static SecretClientOptions CreateSecretClientOptions()
    {
        var options = new SecretClientOptions();
        options.Retry.MaxRetries = KeyVaultMaxRetries;
        options.Retry.Delay = KeyVaultRetryDelay;
        options.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        options.Retry.NetworkTimeout = KeyVaultNetworkTimeout;
        return options;
    }

    private static bool UsesKeyVault(IServiceProvider services) => services.GetRequiredService<IOptions<KeyVaultOptions>>().Value.IsEnabled;
}
