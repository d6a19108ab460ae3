using CampaignBridge.Salesforce.Tests.Rest.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CampaignBridge.Salesforce.Tests.Rest;

public sealed class SalesforceRestServiceCollectionExtensionsTests
{
    private static readonly Uri MyDomain = new("https://acme.my.salesforce.com");

    [Fact]
    public void The_client_the_token_cache_and_the_system_clock_are_registered()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ISalesforceCredentialSource>(new TestCredentialSource(SeededOrg.CampaignBridge));

        services.AddSalesforceRest(o => o.InstanceUrl = MyDomain);
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        provider.GetRequiredService<TimeProvider>().ShouldBeSameAs(TimeProvider.System);
        provider.GetRequiredService<ISalesforceTokenProvider>().ShouldBeSameAs(provider.GetRequiredService<ISalesforceTokenProvider>());
        provider.GetRequiredService<ISalesforceClient>().ShouldBeSameAs(provider.GetRequiredService<ISalesforceClient>());
    }

    [Fact]
    public void A_clock_registered_before_is_kept()
    {
        var clock = new FakeTimeProvider();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<ISalesforceCredentialSource>(new TestCredentialSource(SeededOrg.CampaignBridge));

        services.AddSalesforceRest(o => o.InstanceUrl = MyDomain);
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<TimeProvider>().ShouldBeSameAs(clock);
    }

    [Fact]
    public void A_missing_credential_source_is_reported_when_the_client_is_resolved()
    {
        var services = new ServiceCollection();
        services.AddSalesforceRest(o => o.InstanceUrl = MyDomain);
        using var provider = services.BuildServiceProvider();

        Should.Throw<InvalidOperationException>(() => provider.GetRequiredService<ISalesforceTokenProvider>())
            .Message.ShouldContain(nameof(ISalesforceCredentialSource));
    }

    [Fact]
    public void Invalid_options_are_reported_by_the_startup_validation_with_the_setting_named()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ISalesforceCredentialSource>(new TestCredentialSource(SeededOrg.CampaignBridge));
        services.AddSalesforceRest(o => o.InstanceUrl = new Uri("https://login.salesforce.com"));
        using var provider = services.BuildServiceProvider();

        // IStartupValidator is what the host runs at start for ValidateOnStart.
        var error = Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        error.Message.ShouldContain("Salesforce:InstanceUrl");
    }

    [Fact]
    public async Task Calling_it_twice_registers_one_client_and_combines_the_options()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ISalesforceCredentialSource>(new TestCredentialSource(SeededOrg.CampaignBridge));

        services.AddSalesforceRest(o => o.InstanceUrl = MyDomain);
        services.AddSalesforceRest(o => o.ApiVersion = "66.0");
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var options = provider.GetRequiredService<IOptions<SalesforceClientOptions>>().Value;
        (options.InstanceUrl, options.ApiVersion).ShouldBe((MyDomain, "66.0"));
        provider.GetServices<ISalesforceClient>().ShouldHaveSingleItem();
    }
}
