using CampaignBridge.Genesys.Tests.Support;
using CampaignBridge.OAuth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CampaignBridge.Genesys.Tests;

public sealed class GenesysServiceCollectionExtensionsTests
{
    [Fact]
    public void The_client_the_token_cache_and_the_system_clock_are_registered()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IGenesysCredentialSource>(new TestCredentialSource(Seeded.Local));

        services.AddGenesysCloud(o => o.Region = "mypurecloud.de");
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        provider.GetRequiredService<TimeProvider>().ShouldBeSameAs(TimeProvider.System);
        provider.GetRequiredService<IGenesysTokenProvider>().ShouldBeSameAs(provider.GetRequiredService<IGenesysTokenProvider>());
        provider.GetRequiredService<IGenesysOutboundClient>().ShouldNotBeNull();
    }

    [Fact]
    public void A_clock_registered_before_is_kept()
    {
        var clock = new FakeTimeProvider();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IGenesysCredentialSource>(new TestCredentialSource(Seeded.Local));

        services.AddGenesysCloud(o => o.Region = "us-east-1");
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<TimeProvider>().ShouldBeSameAs(clock);
    }

    [Fact]
    public void A_missing_credential_source_is_reported_when_the_client_is_resolved()
    {
        var services = new ServiceCollection();
        services.AddGenesysCloud(o => o.Region = "us-east-1");
        using var provider = services.BuildServiceProvider();

        Should.Throw<InvalidOperationException>(() => provider.GetRequiredService<IGenesysTokenProvider>())
            .Message.ShouldContain(nameof(IGenesysCredentialSource));
    }
}
