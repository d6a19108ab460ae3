using System.Text.Json;
using CampaignBridge.Functions.CallResults;
using CampaignBridge.Functions.Diagnostics;
using CampaignBridge.Functions.Outbox;
using CampaignBridge.Functions.Tests.CallResults.Support;
using CampaignBridge.Functions.Tests.Outbox.Support;
using CampaignBridge.Salesforce;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.Functions.Tests.CallResults;

/// <summary>
/// Issue 14, done when: diagnostics and the probe check the Salesforce side (settings, token, access to the objects and fields
/// written) with a code and a hint per failure, and report the results backlog and its age.
/// </summary>
public sealed class WayBackDiagnosticsTests(AzuriteFixture azurite)
{
    private static readonly string[] SalesforceChecks =
    [
        DiagnosticCheckNames.WayBack, DiagnosticCheckNames.SalesforceCredentials, DiagnosticCheckNames.SalesforceToken, DiagnosticCheckNames.SalesforceTask,
        DiagnosticCheckNames.SalesforceLead, DiagnosticCheckNames.SalesforceContact, DiagnosticCheckNames.SalesforceCampaignMember, DiagnosticCheckNames.CallResultsBacklog,
    ];

    [Fact]
    public async Task A_configured_way_back_passes_every_salesforce_check_and_reports_an_empty_backlog()
    {
        await using var world = await WayBackWorld.StartAsync(azurite.ConnectionString);

        var checks = await world.DiagnosticsAsync();

        foreach (var name in SalesforceChecks)
        {
            checks[name].GetProperty("ok").GetBoolean().ShouldBeTrue($"{name}: {checks[name]}");
            checks[name].GetProperty("code").GetString().ShouldBe(DiagnosticCheckNames.OkCode);
        }

        checks[DiagnosticCheckNames.AnalyticsRead].GetProperty("ok").GetBoolean().ShouldBeTrue("the way back needs analytics on the Genesys side");
        checks[DiagnosticCheckNames.SalesforceToken].GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("3MVG9emu.CampaignBridge.Local");
        checks[DiagnosticCheckNames.CallResultsBacklog].GetProperty("detail").GetString().ShouldBe("0 results wait for Salesforce; 0 given up; Genesys not read yet.");
    }

    [Fact]
    public async Task A_wrong_consumer_secret_fails_the_token_check_with_its_code_and_hint_and_skips_the_field_checks()
    {
        await using var world = await WayBackWorld.StartAsync(azurite.ConnectionString, settings: s => s["Salesforce:ClientSecret"] = "not-the-secret");

        var checks = await world.DiagnosticsAsync();

        var token = checks[DiagnosticCheckNames.SalesforceToken];
        token.GetProperty("ok").GetBoolean().ShouldBeFalse();
        token.GetProperty("code").GetString().ShouldBe(SalesforceErrorCodes.InvalidClient);
        token.GetProperty("hint").GetString().ShouldNotBeNullOrWhiteSpace();
        foreach (var later in new[] { DiagnosticCheckNames.SalesforceTask, DiagnosticCheckNames.SalesforceLead, DiagnosticCheckNames.SalesforceContact, DiagnosticCheckNames.SalesforceCampaignMember })
        {
            checks[later].GetProperty("code").GetString().ShouldBe(DiagnosticCheckNames.SkippedCode);
        }

        checks[DiagnosticCheckNames.Token].GetProperty("ok").GetBoolean().ShouldBeTrue("the Genesys side does not depend on Salesforce");
        JsonSerializer.Serialize(checks).ShouldNotContain("not-the-secret");
    }

    [Fact]
    public async Task A_run_as_user_who_may_not_write_the_fields_is_told_which_ones()
    {
        await using var world = await WayBackWorld.StartAsync(azurite.ConnectionString, settings: s =>
        {
            s["Salesforce:ClientId"] = "3MVG9emu.RestrictedFields";
            s["Salesforce:ClientSecret"] = "restricted-fields-secret";
        });

        var checks = await world.DiagnosticsAsync();

        var task = checks[DiagnosticCheckNames.SalesforceTask];
        task.GetProperty("code").GetString().ShouldBe(DiagnosticCheckNames.FieldNotWritableCode);
        task.GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("Task.CallDisposition");
        task.GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("Task.Description");
        task.GetProperty("hint").GetString().ShouldNotBeNull().ShouldContain("CampaignBridge Integration");
        checks[DiagnosticCheckNames.SalesforceLead].GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("Lead.DoNotCall is not updateable");
        checks[DiagnosticCheckNames.SalesforceContact].GetProperty("code").GetString().ShouldBe(DiagnosticCheckNames.FieldNotWritableCode);
        checks[DiagnosticCheckNames.SalesforceCampaignMember].GetProperty("ok").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Salesforce_settings_without_a_followed_campaign_fail_the_way_back_check()
    {
        await using var world = await WayBackWorld.StartAsync(azurite.ConnectionString, settings: s =>
        {
            // The outcome rules go too: a member status with no Salesforce campaign to set it in is refused at startup.
            foreach (var key in s.Keys.Where(k => k.StartsWith("CallResults:Campaigns:", StringComparison.Ordinal) || k.StartsWith("CallResults:Outcomes:", StringComparison.Ordinal)).ToList())
            {
                s.Remove(key);
            }
        });

        var wayBack = (await world.DiagnosticsAsync())[DiagnosticCheckNames.WayBack];

        wayBack.GetProperty("code").GetString().ShouldBe("callResults.no_campaigns");
        wayBack.GetProperty("hint").GetString().ShouldNotBeNull().ShouldContain("CallResults:Campaigns:<n>:GenesysCampaignId");
    }

    [Fact]
    public async Task Results_waiting_longer_than_the_alert_age_fail_the_backlog_check_with_their_count_and_age()
    {
        await using var world = await WayBackScenario.StartAsync(azurite);
        world.Salesforce.Faults.ServerUnavailable();
        await world.RunForAsync(TimeSpan.FromMinutes(5));
        var fresh = (await world.DiagnosticsAsync())[DiagnosticCheckNames.CallResultsBacklog];

        await world.RunForAsync(TimeSpan.FromMinutes(20));
        var late = (await world.DiagnosticsAsync())[DiagnosticCheckNames.CallResultsBacklog];

        var freshDetail = fresh.GetProperty("detail").GetString().ShouldNotBeNull();
        freshDetail.ShouldContain("wait for Salesforce (oldest ");
        freshDetail.ShouldNotContain("has waited", customMessage: $"within {CallResultsOptions.DefaultBacklogAlertAge} a wait is no alert");
        freshDetail.ShouldContain("delivery is paused until 2026-11-29 12:06:00Z (salesforce.unavailable: Salesforce upsert", customMessage: "the pause says why, once");
        late.GetProperty("ok").GetBoolean().ShouldBeFalse();
        late.GetProperty("code").GetString().ShouldBe(DiagnosticCheckNames.BacklogCode);
        late.GetProperty("detail").GetString().ShouldNotBeNull().ShouldMatch(@"the oldest result has waited (1[5-9]|2\d) min");
        late.GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("last read of Genesys 0 min ago", customMessage: "reading goes on while Salesforce is down");
    }

    [Fact]
    public async Task The_probe_logs_a_failing_salesforce_check_with_its_code_and_hint_and_never_the_secret()
    {
        await using var world = await WayBackWorld.StartAsync(azurite.ConnectionString, settings: s => s["Salesforce:ClientSecret"] = "not-the-secret");

        await world.App.Create<ProbeGenesysConnection>().RunAsync(new TimerInfo(), TestContext.Current.CancellationToken);

        var stored = (await world.App.Get<DiagnosticsResultStore>().GetLastAsync(TestContext.Current.CancellationToken)).ShouldNotBeNull();
        var token = stored.Checks.Single(c => c.Name == DiagnosticCheckNames.SalesforceToken);
        token.Code.ShouldBe(SalesforceErrorCodes.InvalidClient);
        world.App.Logs.Lines.ShouldContain(l => l.Level == LogLevel.Error && l.Category.EndsWith(nameof(ProbeGenesysConnection), StringComparison.Ordinal)
            && l.Message.Contains(SalesforceErrorCodes.InvalidClient, StringComparison.Ordinal) && l.Message.Contains(token.Hint!, StringComparison.Ordinal));
        world.App.Logs.Lines.ShouldNotContain(l => l.Message.Contains("not-the-secret", StringComparison.Ordinal));
    }
}
