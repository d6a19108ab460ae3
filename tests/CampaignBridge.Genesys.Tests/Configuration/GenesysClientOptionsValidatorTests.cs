using CampaignBridge.OAuth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Genesys.Tests.Configuration;

public sealed class GenesysClientOptionsValidatorTests
{
    [Fact]
    public void A_valid_configuration_resolves()
    {
        using var provider = Build(o => o.Region = "usw2.pure.cloud");

        provider.GetRequiredService<IOptions<GenesysClientOptions>>().Value.Region.ShouldBe("usw2.pure.cloud");
        provider.GetRequiredService<IGenesysOutboundClient>().ShouldNotBeNull();
    }

    [Fact]
    public void An_unknown_region_fails_validation_with_the_setting_and_the_valid_values()
    {
        using var provider = Build(o => o.Region = "us-central-9");

        var error = Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IOptions<GenesysClientOptions>>().Value);

        error.Message.ShouldContain("Genesys:Region 'us-central-9' is not a Genesys Cloud region");
        error.Message.ShouldContain("eu-west-1 (mypurecloud.ie)");
    }

    [Fact]
    public void Time_budget_and_retry_counts_are_checked_with_their_setting_names()
    {
        using var provider = Build(o =>
        {
            o.Region = "us-east-1";
            o.TotalTimeout = TimeSpan.Zero;
            o.AttemptTimeout = TimeSpan.FromSeconds(-1);
            o.RateLimitRetries = -1;
            o.TransientRetries = 11;
            o.MaxRetryAfter = TimeSpan.FromSeconds(-1);
        });

        var error = Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IOptions<GenesysClientOptions>>().Value);

        error.Failures.Count().ShouldBe(5);
        error.Message.ShouldContain("Genesys:TotalTimeout");
        error.Message.ShouldContain("Genesys:AttemptTimeout");
        error.Message.ShouldContain("Genesys:RateLimitRetries");
        error.Message.ShouldContain("Genesys:TransientRetries");
        error.Message.ShouldContain("Genesys:MaxRetryAfter");
    }

    private static ServiceProvider Build(Action<GenesysClientOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IGenesysCredentialSource>(new Support.TestCredentialSource(Support.Seeded.Local));
        services.AddGenesysCloud(configure);
        return services.BuildServiceProvider();
    }
}
