using System.Text.Json;
using CampaignBridge.Functions.Diagnostics;
using CampaignBridge.Functions.Outbox;
using CampaignBridge.Functions.Tests.Outbox.Support;
using GenesysCloud.Emulator;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.Functions.Tests.Outbox;

public sealed class ProbeGenesysConnectionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private GenesysCloudEmulator _emulator = null!;

    public async ValueTask InitializeAsync() => _emulator = await GenesysCloudEmulator.StartAsync();

    public async ValueTask DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task A_failing_check_is_logged_with_its_hint_and_the_report_is_stored_for_every_instance()
    {
        await using var host = OutboxTestHost.Create(_emulator, azurite.ConnectionString, settings =>
        {
            settings["Genesys:ClientId"] = "code-grant-client";
            settings["Genesys:ClientSecret"] = "code-grant-secret";
        });

        await host.Create<ProbeGenesysConnection>().RunAsync(Timer(), TestContext.Current.CancellationToken);

        var stored = (await host.Get<DiagnosticsResultStore>().GetLastAsync(TestContext.Current.CancellationToken)).ShouldNotBeNull();
        stored.Status.ShouldBe(DiagnosticsReport.Unhealthy);
        stored.CheckedAt.ShouldBe(host.Time.GetUtcNow());
        var token = stored.Checks.Single(c => c.Name == DiagnosticCheckNames.Token);
        token.Ok.ShouldBeFalse();
        token.Code.ShouldBe("genesys.oauth.unauthorized_client");
        var logged = host.Logs.Lines.Where(l => l.Category.EndsWith(nameof(ProbeGenesysConnection), StringComparison.Ordinal) && l.Level == LogLevel.Error).ToList();
        logged.ShouldContain(l => l.Message.Contains("genesys.oauth.unauthorized_client", StringComparison.Ordinal) && l.Message.Contains(token.Hint!, StringComparison.Ordinal));
        host.Logs.Lines.ShouldNotContain(l => l.Message.Contains("code-grant-secret", StringComparison.Ordinal), "secrets never reach the logs");
    }

    [Fact]
    public async Task A_healthy_connection_is_stored_as_ok_and_replaces_the_previous_report()
    {
        await using var host = OutboxTestHost.Create(_emulator, azurite.ConnectionString);
        var probe = host.Create<ProbeGenesysConnection>();

        await probe.RunAsync(Timer(), TestContext.Current.CancellationToken);
        host.Time.Advance(TimeSpan.FromMinutes(5));
        await probe.RunAsync(Timer(), TestContext.Current.CancellationToken);

        var stored = (await host.Get<DiagnosticsResultStore>().GetLastAsync(TestContext.Current.CancellationToken)).ShouldNotBeNull();
        stored.Checks.Single(c => c.Name == DiagnosticCheckNames.Token).Ok.ShouldBeTrue();
        stored.Checks.Single(c => c.Name == DiagnosticCheckNames.CampaignsRead).Ok.ShouldBeTrue();
        stored.CheckedAt.ShouldBe(host.Time.GetUtcNow(), "the later run replaced the first");
        host.Logs.Lines.ShouldNotContain(l => l.Category.EndsWith(nameof(ProbeGenesysConnection), StringComparison.Ordinal) && l.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task GetDiagnostics_shows_the_last_background_probe_next_to_its_live_checks()
    {
        await using var host = OutboxTestHost.Create(_emulator, azurite.ConnectionString, settings =>
        {
            settings["Genesys:ClientId"] = "code-grant-client";
            settings["Genesys:ClientSecret"] = "code-grant-secret";
        });
        await host.Create<ProbeGenesysConnection>().RunAsync(Timer(), TestContext.Current.CancellationToken);
        var probedAt = host.Time.GetUtcNow();
        host.Time.Advance(TimeSpan.FromMinutes(1));

        var request = host.Request("GET", "/api/diagnostics");
        var answer = await OutboxTestHost.ExecuteAsync(request, await host.Create<GetDiagnostics>().Run(request));

        answer.StatusCode.ShouldBe(200);
        using var body = JsonDocument.Parse(answer.Body);
        body.RootElement.GetProperty("checkedAt").GetDateTimeOffset().ShouldBe(host.Time.GetUtcNow(), "the checks themselves ran live");
        var lastProbe = body.RootElement.GetProperty("lastProbe");
        lastProbe.GetProperty("status").GetString().ShouldBe(DiagnosticsReport.Unhealthy);
        lastProbe.GetProperty("checkedAt").GetDateTimeOffset().ShouldBe(probedAt);
        lastProbe.GetProperty("failedChecks").EnumerateArray().ShouldContain(c => c.GetProperty("code").GetString() == "genesys.oauth.unauthorized_client");
        lastProbe.GetProperty("failedChecks").EnumerateArray().ShouldAllBe(c => !c.GetProperty("ok").GetBoolean());
    }

    private static TimerInfo Timer() => new() { IsPastDue = false };
}
