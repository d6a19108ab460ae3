using CampaignBridge.Functions.Tests.Infrastructure;
using CampaignBridge.Genesys;
using CampaignBridge.OAuth;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignBridge.Functions.Tests.Credentials;

public sealed class CustomSecretNamesTests
{
    [Fact]
    public async Task The_secret_names_come_from_configuration()
    {
        await using var app = await CampaignBridgeApp.StartAsync(o =>
        {
            o.UseKeyVault = true;
            o.Settings["KeyVault:ClientIdSecretName"] = "gc-id";
            o.Settings["KeyVault:ClientSecretSecretName"] = "gc-secret";
        });
        app.KeyVault!.SetSecret("gc-id", "custom-client");
        app.KeyVault.SetSecret("gc-secret", "custom-secret-value");

        var credentials = await app.Services.GetRequiredService<IGenesysCredentialSource>().GetAsync(TestContext.Current.CancellationToken);

        credentials.ClientId.ShouldBe("custom-client");
        credentials.ClientSecret.ShouldBe("custom-secret-value");
    }
}
