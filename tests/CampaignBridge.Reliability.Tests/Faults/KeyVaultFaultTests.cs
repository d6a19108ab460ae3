using CampaignBridge.Reliability.Tests.Support;

namespace CampaignBridge.Reliability.Tests.Faults;

/// <summary>
/// Credentials from a fake Key Vault (HTTPS, loopback) that goes down or has its secret rotated while GetCampaign is
/// called through the real container. The app and the emulator share an <see cref="AcceleratedClock"/>; expiring a
/// token is a jump of that clock past the token lifetime (86,399 s in the seed).
/// </summary>
[Trait("Category", "Faults")]
public sealed class KeyVaultFaultTests(ReliabilityRun run)
{
    private const string Suite = "Faults";
    private static readonly DateTimeOffset Start = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan PastTokenLifetime = TimeSpan.FromDays(1);

    [Fact]
    public async Task With_secrets_cached_a_Key_Vault_outage_does_not_stop_calls_even_when_a_new_token_is_needed()
    {
        await using var clock = new AcceleratedClock(Start);
        await using var host = await ReliabilityHost.StartAsync(run, new HostOptions { Time = clock.Time, UseKeyVault = true });
        var tally = new CallTally();
        for (var i = 0; i < 10; i++)
        {
            tally.Add(await host.GetSpringRenewalsAsync());
        }

        host.Vault!.Down = true;
        clock.Time.Advance(PastTokenLifetime);
        for (var i = 0; i < 10; i++)
        {
            tally.Add(await host.GetSpringRenewalsAsync());
        }

        run.Record(tally.Figures(Suite, "Key Vault down with secrets cached, token expired meanwhile (10 + 10 calls)", host.UpstreamCalls,
            $"Token requests: {host.Emulator.TokenRequestCount}; Key Vault reads {host.Vault.SecretRequestCount}, dropped while down {host.Vault.DroppedRequestCount}."));
        tally.Unclear.ShouldBeEmpty();
        tally.Succeeded.ShouldBe(20);
        host.Emulator.TokenRequestCount.ShouldBe(2);
    }

    [Fact]
    public async Task Without_cached_secrets_a_Key_Vault_outage_fails_calls_as_502_keyvault_unreachable_until_it_is_back()
    {
        await using var clock = new AcceleratedClock(Start);
        await using var host = await ReliabilityHost.StartAsync(run, new HostOptions { Time = clock.Time, UseKeyVault = true });
        var tally = new CallTally();
        host.Vault!.Down = true;
        for (var i = 0; i < 10; i++)
        {
            tally.Add(await host.GetSpringRenewalsAsync());
        }

        var upstreamDuringOutage = host.UpstreamCalls;
        host.Vault.Down = false;
        var recovered = await host.UntilSucceededAsync(tally, attempts: 200, pause: TimeSpan.FromMilliseconds(20));
        for (var i = 0; i < 10; i++)
        {
            tally.Add(await host.GetSpringRenewalsAsync());
        }

        run.Record(tally.Figures(Suite, "Key Vault down, nothing cached (10 calls), then back", host.UpstreamCalls,
            $"Genesys requests while the vault was down: {upstreamDuringOutage}; Key Vault requests dropped {host.Vault.DroppedRequestCount}."));
        tally.Unclear.ShouldBeEmpty();
        tally.Failures.Take(10).ShouldAllBe(a => a.Status == 502 && a.Code == "keyvault.unreachable");
        upstreamDuringOutage.ShouldBe(0);
        recovered.ShouldBeTrue();
        tally.Succeeded.ShouldBeGreaterThanOrEqualTo(11);
    }

    [Fact]
    public async Task A_client_secret_rotated_mid_run_is_picked_up_from_Key_Vault_without_a_failed_call()
    {
        const string RotatedSecret = "rotated-secret-7f3a9c";
        run.RememberSecret(RotatedSecret, "rotated client secret of campaignbridge-local");
        await using var clock = new AcceleratedClock(Start);
        await using var host = await ReliabilityHost.StartAsync(run, new HostOptions { Time = clock.Time, UseKeyVault = true });
        var tally = new CallTally();
        for (var i = 0; i < 10; i++)
        {
            tally.Add(await host.GetSpringRenewalsAsync());
        }

        host.Emulator.RotateClientSecret(ReliabilityHost.LocalClientId, RotatedSecret);
        var vault = host.Vault.ShouldNotBeNull();
        ReliabilityHost.SetVaultCredentials(vault, ReliabilityHost.LocalClientId, RotatedSecret);
        clock.Time.Advance(PastTokenLifetime);
        for (var i = 0; i < 10; i++)
        {
            tally.Add(await host.GetSpringRenewalsAsync());
        }

        var rejected = host.Emulator.Requests.Count(r => r.Path == "/oauth/token" && r.StatusCode != 200);
        run.Record(tally.Figures(Suite, "Client secret rotated in Genesys and Key Vault mid-run, token expired (10 + 10 calls)", host.UpstreamCalls,
            $"Token requests: {host.Emulator.TokenRequestCount} ({rejected} refused with the old secret); Key Vault reads {vault.SecretRequestCount}."));
        tally.Unclear.ShouldBeEmpty();
        tally.Succeeded.ShouldBe(20);
        rejected.ShouldBe(1);
    }
}
