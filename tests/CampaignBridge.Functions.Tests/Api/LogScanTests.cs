using CampaignBridge.Functions.Campaigns;
using CampaignBridge.Functions.Contacts;
using CampaignBridge.Functions.Diagnostics;
using CampaignBridge.Functions.Tests.Infrastructure;
using CampaignBridge.Genesys;
using CampaignBridge.OAuth;
using Emulators.Hosting;
using GenesysCloud.Emulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.Functions.Tests.Api;

/// <summary>
/// Every <see cref="CampaignBridgeApp"/> in this suite collects all log lines at Trace level and checks them for secrets
/// when disposed. These tests drive the paths most likely to leak (token failures, rotation, Key Vault errors) and check
/// explicitly, and prove the scan would notice a leak.
/// </summary>
public sealed class LogScanTests
{
    [Fact]
    public async Task Token_failures_rotation_and_vault_errors_log_no_secret_token_or_authorization_header()
    {
        await using var app = await CampaignBridgeApp.StartAsync(o => o.UseKeyVault = true);
        var vault = app.KeyVault!;
        async Task<TestResponse> GetAsync() => await CampaignBridgeApp.SendAsync(
            TestRequest.Get(app.Services, $"/api/campaigns/{Seed.WinbackQ4}").WithHeader("X-Request-Id", "sf-req-1"),
            r => app.Function<GetCampaign>().Run(r, Seed.WinbackQ4));

        (await GetAsync()).ShouldBeOk();
        app.Emulator.RotateClientSecret(CampaignBridgeApp.ClientId, "rotated-secret-1");
        vault.SetSecret("genesys-client-secret", "rotated-secret-1");
        app.Emulator.Faults.Add(new FaultRule { PathPrefix = "/api/v2/outbound/campaigns", Status = 401, Count = 1 });
        (await GetAsync()).StatusCode.ShouldBeOneOf(200, 502);
        vault.SetSecret("genesys-client-secret", "wrong-secret-2");
        app.Emulator.Faults.Add(new FaultRule { PathPrefix = "/api/v2/outbound/campaigns", Status = 401 });
        await GetAsync();
        vault.DenyAccess = true;
        await CampaignBridgeApp.SendAsync(TestRequest.Get(app.Services, "/api/diagnostics"), app.Function<GetDiagnostics>().Run);

        // The scan only proves something if the risky paths were logged: a rejected token, a refused secret re-read
        // from the vault, the call that kept being refused, and the vault refusing the identity.
        app.Logs.Lines.ShouldContain(line => line.Contains("answered 401 to the access token", StringComparison.Ordinal));
        app.Logs.Lines.ShouldContain(line => line.Contains("genesys.oauth.invalid_client", StringComparison.Ordinal));
        app.Logs.Lines.ShouldContain(line => line.Contains("genesys.oauth.token_rejected", StringComparison.Ordinal));
        app.Logs.Lines.ShouldContain(line => line.Contains("keyvault.forbidden", StringComparison.Ordinal));
        var forbidden = app.ForbiddenLogContent().Concat(["rotated-secret-1", "wrong-secret-2"]).ToList();
        app.Logs.LinesContaining(forbidden).ShouldBeEmpty();
        app.Emulator.IssuedTokens.Count.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task The_scan_finds_a_secret_if_one_is_logged()
    {
        var app = await CampaignBridgeApp.StartAsync();
        try
        {
            (await CampaignBridgeApp.SendAsync(TestRequest.Get(app.Services, "/api/campaigns"), app.Function<ListCampaigns>().Run)).ShouldBeOk();
            var token = app.Emulator.IssuedTokens[0].AccessToken;

            app.Services.GetRequiredService<ILogger<LogScanTests>>().LogInformation("Authorization: Bearer {Token}", token);

            app.Logs.LinesContaining(app.ForbiddenLogContent()).Count.ShouldBe(1);
            CaughtFrom(app.ShouldNotHaveLoggedSecrets).ShouldNotBeNull();
        }
        finally
        {
            // Disposing runs the same scan and must fail too; the app is disposed all the same.
            Exception? disposeFailure = null;
            try
            {
                await app.DisposeAsync();
            }
            catch (Exception exception)
            {
                disposeFailure = exception;
            }

            disposeFailure.ShouldNotBeNull();
        }
    }

    private static Exception? CaughtFrom(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (Exception exception)
        {
            return exception;
        }
    }

    [Fact]
    public async Task Log_scopes_carry_the_callers_request_id_and_genesys_failure_ids()
    {
        await using var app = await CampaignBridgeApp.StartAsync();

        await CampaignBridgeApp.SendAsync(
            TestRequest.Get(app.Services, $"/api/campaigns/{Seed.UnknownId}").WithHeader("X-Request-Id", "sf-req-42"),
            r => app.Function<GetCampaign>().Run(r, Seed.UnknownId));

        var failure = app.Logs.Lines.Single(l => l.StartsWith("Warning CampaignBridge.Functions.Api.ApiRequestExecutor", StringComparison.Ordinal) && l.Contains(GenesysErrorCodes.NotFound, StringComparison.Ordinal));
        failure.ShouldContain("XRequestId=sf-req-42");
        failure.ShouldContain("FunctionName=GetCampaign");
        failure.ShouldContain("GenesysContextId=");
    }
}
