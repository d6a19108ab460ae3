using CampaignBridge.Genesys;
using CampaignBridge.OAuth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.Benchmarks.Harness;

/// <summary>The Genesys client library on its own (<c>AddGenesysCloud</c>), pointed at the emulator with the seed's local client.</summary>
internal static class GenesysClientContainer
{
    public static ServiceProvider Build(Uri emulator)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IGenesysCredentialSource, StaticCredentialSource>();
        services.AddGenesysCloud(options =>
        {
            options.ApiBaseUrl = emulator;
            options.LoginBaseUrl = emulator;
        });
        return services.BuildServiceProvider();
    }
}
