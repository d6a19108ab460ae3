using Azure.Core;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using CampaignBridge.Functions.Credentials;
using CampaignBridge.Functions.Tests.Infrastructure;
using CampaignBridge.Genesys;
using CampaignBridge.OAuth;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignBridge.Functions.Tests.Credentials;

public sealed class ProductionCredentialWiringTests
{
    [Fact]
    public async Task With_a_vault_uri_the_real_wiring_uses_default_azure_credential_and_that_vault()
    {
        var (services, _) = CampaignBridgeApp.Build(new Dictionary<string, string?>
        {
            ["Genesys:Region"] = "eu-west-1",
            ["KeyVault:Uri"] = "https://contoso-campaignbridge.vault.azure.net/",
        });
        await using var _ = services;

        services.GetRequiredService<TokenCredential>().ShouldBeOfType<DefaultAzureCredential>();
        services.GetRequiredService<SecretClient>().VaultUri.ShouldBe(new Uri("https://contoso-campaignbridge.vault.azure.net/"));
        services.GetRequiredService<SecretClientOptions>().Retry.MaxRetries.ShouldBe(CredentialsServiceCollectionExtensions.KeyVaultMaxRetries);
        services.GetRequiredService<IGenesysCredentialSource>().ShouldBeOfType<GenesysKeyVaultCredentialSource>();
    }
}
