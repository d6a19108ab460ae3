using CampaignBridge.Functions.Campaigns;
using CampaignBridge.Functions.Tests.Infrastructure;
using Emulators.Hosting;
using GenesysCloud.Emulator;

namespace CampaignBridge.Functions.Tests.Configuration;

public sealed class GenesysConnectionLoggingTests
{
    private static IEnumerable<string> PollyLines(CampaignBridgeApp app, string level)
        => app.Logs.Lines.Where(line => line.StartsWith($"{level} Polly", StringComparison.Ordinal));

    [Fact]
    public async Task A_call_that_succeeds_first_time_writes_no_polly_line_per_attempt()
    {
        await using var app = await CampaignBridgeApp.StartAsync();

        var response = await CampaignBridgeApp.SendAsync(
            TestRequest.Get(app.Services, $"/api/campaigns/{Seed.WinbackQ4}"), r => app.Function<GetCampaign>().Run(r, Seed.WinbackQ4));

        response.ShouldBeOk();
        app.Logs.Lines.Where(line => line.Contains(" Polly", StringComparison.Ordinal) && !line.StartsWith("Warning", StringComparison.Ordinal) && !line.StartsWith("Error", StringComparison.Ordinal))
            .ShouldBeEmpty("every Genesys call would otherwise log an Information line per attempt");
    }

    [Fact]
    public async Task A_retried_call_still_logs_its_retry_as_a_warning()
    {
        await using var app = await CampaignBridgeApp.StartAsync();
        app.Emulator.Faults.Add(new FaultRule { PathPrefix = "/api/v2/outbound/campaigns", Method = "GET", Status = 503, Count = 1 });

        var response = await CampaignBridgeApp.SendAsync(
            TestRequest.Get(app.Services, $"/api/campaigns/{Seed.WinbackQ4}"), r => app.Function<GetCampaign>().Run(r, Seed.WinbackQ4));

        response.ShouldBeOk();
        PollyLines(app, "Warning").ShouldNotBeEmpty("a retry is worth an operator's attention");
    }
}
