using System.Text.Json;
using CampaignBridge.Functions.Credentials;
using CampaignBridge.Functions.Diagnostics;
using CampaignBridge.Functions.Tests.Infrastructure;
using CampaignBridge.Genesys;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignBridge.Functions.Tests.Diagnostics;

public sealed class GetDiagnosticsTests
{
    private static async Task<JsonElement> RunAsync(CampaignBridgeApp app)
    {
        var response = await CampaignBridgeApp.SendAsync(TestRequest.Get(app.Services, "/api/diagnostics"), app.Function<GetDiagnostics>().Run);
        return response.ShouldBeOk();
    }

    private static Dictionary<string, JsonElement> ChecksByName(JsonElement report)
        => report.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);

    [Fact]
    public async Task A_healthy_setup_passes_every_check_in_order()
    {
        await using var app = await CampaignBridgeApp.StartAsync(o => o.Settings["Diagnostics:DncListId"] = Seed.InternalDnc);

        var report = await RunAsync(app);

        report.GetProperty("status").GetString().ShouldBe(DiagnosticsReport.Healthy);
        report.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ShouldBe(
        [
            DiagnosticCheckNames.Configuration, DiagnosticCheckNames.Credentials, DiagnosticCheckNames.Token,
            DiagnosticCheckNames.CampaignsRead, DiagnosticCheckNames.ContactListRead, DiagnosticCheckNames.DncListRead,
            DiagnosticCheckNames.AnalyticsRead, DiagnosticCheckNames.WrapUpCodesRead, DiagnosticCheckNames.WayBack, DiagnosticCheckNames.CallResultsBacklog,
        ]);
        report.GetProperty("checks").EnumerateArray().ShouldAllBe(c => c.GetProperty("ok").GetBoolean());
        report.GetProperty("checks").EnumerateArray().Take(6).ShouldAllBe(c => c.GetProperty("code").GetString() == "ok");
        report.GetProperty("checks").EnumerateArray().Skip(6).ShouldAllBe(c => c.GetProperty("code").GetString() == DiagnosticCheckNames.NotConfiguredCode,
            "without Salesforce:InstanceUrl the way back is off, which is not a failure");
        app.Services.GetRequiredService<IDiagnosticsRunner>().LastReport.ShouldNotBeNull().Status.ShouldBe(DiagnosticsReport.Healthy);
        (!report.TryGetProperty("lastProbe", out var lastProbe) || lastProbe.ValueKind == JsonValueKind.Null)
            .ShouldBeTrue("without storage there is no background probe to show, and the live checks still answer");
    }

    [Fact]
    public async Task The_code_grant_client_fails_the_token_check_with_the_hint_and_skips_the_rest()
    {
        await using var app = await CampaignBridgeApp.StartAsync(o => { o.ClientId = "code-grant-client"; o.ClientSecret = "code-grant-secret"; });

        var report = await RunAsync(app);

        report.GetProperty("status").GetString().ShouldBe(DiagnosticsReport.Unhealthy);
        var checks = ChecksByName(report);
        checks[DiagnosticCheckNames.Credentials].GetProperty("ok").GetBoolean().ShouldBeTrue();
        var token = checks[DiagnosticCheckNames.Token];
        token.GetProperty("ok").GetBoolean().ShouldBeFalse();
        token.GetProperty("code").GetString().ShouldBe(GenesysErrorCodes.UnauthorizedClient);
        token.GetProperty("hint").GetString().ShouldNotBeNullOrWhiteSpace();
        foreach (var later in new[] { DiagnosticCheckNames.CampaignsRead, DiagnosticCheckNames.ContactListRead, DiagnosticCheckNames.DncListRead })
        {
            checks[later].GetProperty("code").GetString().ShouldBe(DiagnosticCheckNames.SkippedCode);
            checks[later].GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("'token' failed");
        }
    }

    [Fact]
    public async Task A_vault_that_refuses_the_identity_fails_the_credentials_check_with_the_role_to_grant()
    {
        await using var app = await CampaignBridgeApp.StartAsync(o => o.UseKeyVault = true);
        app.KeyVault!.DenyAccess = true;

        var checks = ChecksByName(await RunAsync(app));

        checks[DiagnosticCheckNames.Configuration].GetProperty("ok").GetBoolean().ShouldBeTrue();
        checks[DiagnosticCheckNames.Credentials].GetProperty("code").GetString().ShouldBe(CredentialErrorCodes.Forbidden);
        checks[DiagnosticCheckNames.Credentials].GetProperty("hint").GetString().ShouldNotBeNull().ShouldContain("Key Vault Secrets User");
        checks[DiagnosticCheckNames.Token].GetProperty("code").GetString().ShouldBe(DiagnosticCheckNames.SkippedCode);
        app.Emulator.TokenRequestCount.ShouldBe(0);
    }

    [Fact]
    public async Task A_dnc_list_that_is_not_configured_is_reported_as_not_checked()
    {
        await using var app = await CampaignBridgeApp.StartAsync();

        var report = await RunAsync(app);

        var dnc = ChecksByName(report)[DiagnosticCheckNames.DncListRead];
        dnc.GetProperty("code").GetString().ShouldBe(DiagnosticCheckNames.NotConfiguredCode);
        dnc.GetProperty("hint").GetString().ShouldNotBeNull().ShouldContain("Diagnostics:DncListId");
        report.GetProperty("status").GetString().ShouldBe(DiagnosticsReport.Healthy);
    }

    [Fact]
    public async Task A_configured_campaign_that_does_not_exist_fails_its_check_and_skips_the_contact_list()
    {
        await using var app = await CampaignBridgeApp.StartAsync(o => o.Settings["Diagnostics:CampaignId"] = Seed.UnknownId);

        var checks = ChecksByName(await RunAsync(app));

        checks[DiagnosticCheckNames.CampaignsRead].GetProperty("code").GetString().ShouldBe(GenesysErrorCodes.NotFound);
        checks[DiagnosticCheckNames.ContactListRead].GetProperty("code").GetString().ShouldBe(DiagnosticCheckNames.SkippedCode);
    }
}
