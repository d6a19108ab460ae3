using CampaignBridge.Testing.KeyVault;
using GenesysCloud.Emulator;

namespace CampaignBridge.Functions.Tests.Infrastructure;

/// <summary>How <see cref="CampaignBridgeApp.StartAsync"/> sets the app up.</summary>
public sealed class CampaignBridgeAppOptions
{
    /// <summary>Read the credentials from a <see cref="FakeKeyVault"/> instead of Genesys:ClientId/ClientSecret.</summary>
    public bool UseKeyVault { get; set; }

    /// <summary>OAuth client id given to the app (default: the seed's all-permissions client).</summary>
    public string ClientId { get; set; } = CampaignBridgeApp.ClientId;

    /// <summary>OAuth client secret given to the app.</summary>
    public string ClientSecret { get; set; } = CampaignBridgeApp.ClientSecret;

    /// <summary>Extra or overriding settings (null value = remove).</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Seed for a new emulator (default seed when null).</summary>
    public EmulatorSeed? Seed { get; set; }

    /// <summary>An emulator to share instead of starting one (the app will not dispose it).</summary>
    public GenesysCloudEmulator? Emulator { get; set; }

    /// <summary>
    /// Last-minute registrations after <c>AddCampaignBridge</c> (and after the fake vault's), for replacing an external
    /// dependency such as the Azure <c>TokenCredential</c>. Never use it to replace the app's own classes.
    /// </summary>
    public Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? ConfigureServices { get; set; }

    /// <summary>Time provider registered before <c>AddCampaignBridge</c> (e.g. a FakeTimeProvider).</summary>
    public TimeProvider? TimeProvider { get; set; }
}
