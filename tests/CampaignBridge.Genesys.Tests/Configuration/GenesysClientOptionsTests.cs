namespace CampaignBridge.Genesys.Tests.Configuration;

public sealed class GenesysClientOptionsTests
{
    [Fact]
    public void The_defaults_fit_inside_apex_callout_timeout_and_are_pinned()
    {
        GenesysClientOptions.SectionName.ShouldBe("Genesys");
        GenesysClientOptions.DefaultTotalTimeout.ShouldBe(TimeSpan.FromSeconds(9));
        GenesysClientOptions.DefaultAttemptTimeout.ShouldBe(TimeSpan.FromSeconds(4));
        GenesysClientOptions.DefaultMaxRetryAfter.ShouldBe(TimeSpan.FromSeconds(5));
        GenesysClientOptions.DefaultRateLimitRetries.ShouldBe(2);
        GenesysClientOptions.DefaultTransientRetries.ShouldBe(2);

        var options = new GenesysClientOptions();
        options.TotalTimeout.ShouldBe(GenesysClientOptions.DefaultTotalTimeout);
        options.AttemptTimeout.ShouldBe(GenesysClientOptions.DefaultAttemptTimeout);
        options.MaxRetryAfter.ShouldBe(GenesysClientOptions.DefaultMaxRetryAfter);
        options.RateLimitRetries.ShouldBe(GenesysClientOptions.DefaultRateLimitRetries);
        options.TransientRetries.ShouldBe(GenesysClientOptions.DefaultTransientRetries);
        options.Region.ShouldBeNull();
        options.ApiBaseUrl.ShouldBeNull();
        options.LoginBaseUrl.ShouldBeNull();
    }
}
