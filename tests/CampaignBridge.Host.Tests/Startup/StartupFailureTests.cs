using CampaignBridge.Host.Tests.Support;
using Functions.TestHost;

namespace CampaignBridge.Host.Tests.Startup;

/// <summary>A bad setting stops the real process at start-up with a message that names the setting.</summary>
public sealed class StartupFailureTests(CampaignBridgeProcess app)
{
    [Fact]
    public async Task An_unknown_Genesys_region_stops_the_worker_before_it_connects_with_a_message_naming_the_setting()
    {
        var options = AppSettings.Options(app.Emulator.BaseUrl, app.Azurite.ConnectionString, new Dictionary<string, string?> { ["Genesys__Region"] = "atlantis" });

        var failure = await Should.ThrowAsync<WorkerStartException>(() => FunctionsTestHost.StartAsync(options, TestContext.Current.CancellationToken));

        failure.ExitCode.ShouldNotBeNull().ShouldNotBe(0);
        failure.Message.ShouldContain("Genesys:Region");
        failure.Message.ShouldContain("atlantis");
    }

    [Fact]
    public async Task Without_ContactSync_Schedule_the_outbox_timer_is_in_error_at_indexing_because_the_code_has_no_default()
    {
        var options = AppSettings.Options(app.Emulator.BaseUrl, app.Azurite.ConnectionString, new Dictionary<string, string?> { ["ContactSync__Schedule"] = null });

        var failure = await Should.ThrowAsync<WorkerStartException>(() => FunctionsTestHost.StartAsync(options, TestContext.Current.CancellationToken));

        failure.Message.ShouldContain("The 'FlushContactOutbox' function is in error: '%ContactSync:Schedule%' does not resolve to a value.");
    }
}
