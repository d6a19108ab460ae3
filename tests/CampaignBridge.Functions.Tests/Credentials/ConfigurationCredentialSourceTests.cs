using CampaignBridge.Functions.Credentials;
using CampaignBridge.Functions.Tests.Infrastructure;
using CampaignBridge.Genesys;
using CampaignBridge.OAuth;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignBridge.Functions.Tests.Credentials;

public sealed class ConfigurationCredentialSourceTests
{
    private static Dictionary<string, string?> Settings(string environment) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["AZURE_FUNCTIONS_ENVIRONMENT"] = environment,
        ["Genesys:Region"] = "us-east-1",
        ["Genesys:ClientId"] = "local-client",
        ["Genesys:ClientSecret"] = "local-secret-value",
    };

    [Fact]
    public async Task Without_key_vault_the_credentials_come_from_app_settings()
    {
        var (services, _) = CampaignBridgeApp.Build(Settings("Development"));
        await using var _ = services;

        var source = services.GetRequiredService<IGenesysCredentialSource>();
        var credentials = await source.GetAsync(TestContext.Current.CancellationToken);

        source.ShouldBeOfType<GenesysConfigurationCredentialSource>();
        credentials.ShouldBe(new ClientCredentials("local-client", "local-secret-value"));
    }

    [Fact]
    public async Task Outside_development_a_warning_says_to_use_key_vault()
    {
        var (services, logs) = CampaignBridgeApp.Build(Settings("Production"));
        await using var _ = services;

        await services.GetRequiredService<IGenesysCredentialSource>().GetAsync(TestContext.Current.CancellationToken);
        await services.GetRequiredService<IGenesysCredentialSource>().GetAsync(TestContext.Current.CancellationToken);

        var warnings = logs.Lines.Where(l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("KeyVault:Uri", StringComparison.Ordinal)).ToList();
        warnings.Count.ShouldBe(1);
        logs.Lines.ShouldAllBe(l => !l.Contains("local-secret-value", StringComparison.Ordinal));
    }

    [Fact]
    public async Task In_development_no_warning_is_logged()
    {
        var (services, logs) = CampaignBridgeApp.Build(Settings("Development"));
        await using var _ = services;

        await services.GetRequiredService<IGenesysCredentialSource>().GetAsync(TestContext.Current.CancellationToken);

        logs.Lines.ShouldNotContain(l => l.StartsWith("Warning", StringComparison.Ordinal));
    }
}
