using CampaignBridge.Functions.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace CampaignBridge.Functions.Tests.Telemetry;

public sealed class TelemetryServiceCollectionExtensionsTests
{
    [Fact]
    public void Without_an_application_insights_connection_string_no_telemetry_is_wired()
    {
        var services = new ServiceCollection();

        var wired = services.AddCampaignBridgeTelemetry(new ConfigurationBuilder().Build());

        wired.ShouldBeFalse();
        services.ShouldNotContain(d => d.ServiceType == typeof(TracerProvider));
        services.Count.ShouldBe(0);
    }

    [Fact]
    public void With_a_connection_string_opentelemetry_exports_to_azure_monitor()
    {
        var services = new ServiceCollection().AddLogging();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [TelemetryServiceCollectionExtensions.ConnectionStringSetting] = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://127.0.0.1/",
        }).Build();

        var wired = services.AddCampaignBridgeTelemetry(configuration);

        wired.ShouldBeTrue();
        services.ShouldContain(d => d.ServiceType == typeof(TracerProvider));
    }

    [Fact]
    public void A_malformed_authentication_string_stops_start_up_with_the_setting_named()
    {
        var services = new ServiceCollection().AddLogging();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [TelemetryServiceCollectionExtensions.ConnectionStringSetting] = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://127.0.0.1/",
            ["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"] = "Authorization=Key",
        }).Build();

        Should.Throw<InvalidOperationException>(() => services.AddCampaignBridgeTelemetry(configuration))
            .Message.ShouldContain("APPLICATIONINSIGHTS_AUTHENTICATION_STRING");
    }
}
