using System.Text;
using System.Text.RegularExpressions;
using CampaignBridge.Reliability.Tests.Support;
using Emulators.Hosting;
using GenesysCloud.Emulator;

namespace CampaignBridge.Reliability.Tests.Secrets;

/// <summary>
/// Runs last (see <see cref="SecretsScanLastOrderer"/>): scans every log line (messages, structured values, scopes,
/// exceptions) and every HTTP response (status, headers, body) that the whole reliability run produced for client
/// secrets, issued access tokens, their Basic header forms and any Basic/Bearer credential. It first adds its own
/// credential failures to the run, so that it scans failure paths even when run on its own.
/// </summary>
[Trait("Category", "Secrets")]
[Collection(SecretsScanLastOrderer.SecretsCollection)]
public sealed partial class SecretsScanTests(ReliabilityRun run)
{
    private static readonly DateTimeOffset Start = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task No_secret_token_or_credential_header_appears_in_any_log_line_or_response_of_the_run()
    {
        await ProduceCredentialFailuresAsync();

        var secrets = run.Secrets.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        foreach (var (value, description) in run.Secrets.ToList())
        {
            if (description.StartsWith("client secret of ", StringComparison.Ordinal))
            {
                var clientId = description["client secret of ".Length..];
                secrets.TryAdd(Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{value}")), $"Basic credentials of {clientId}");
            }
        }

        var texts = run.LogLines.Select(l => ($"log line ({l.Category}, {l.Level})", l.Text))
            .Concat(run.Responses.Select(r => ("HTTP response", r)))
            .ToList();
        var findings = new List<string>();
        foreach (var (where, text) in texts)
        {
            findings.AddRange(secrets.Where(s => text.Contains(s.Key, StringComparison.Ordinal)).Select(s => $"{s.Value} in a {where}"));
            findings.AddRange(CredentialHeader().Matches(text).Select(m => $"'{m.Value[..Math.Min(m.Value.Length, 12)]}...' credential in a {where}"));
        }

        var logLines = texts.Count(t => t.Item1.StartsWith("log line", StringComparison.Ordinal));
        var outcome = new ScanOutcome(logLines, texts.Count - logLines, secrets.Count, findings.Count, [.. findings.Distinct(StringComparer.Ordinal).Take(50)]);
        run.RecordScan(outcome);
        run.Record(new ScenarioFigures("Secrets", $"Scan of {outcome.LogLines} log lines and {outcome.Responses} responses for {outcome.SecretValues} secret values and Basic/Bearer credentials",
            outcome.LogLines + outcome.Responses, outcome.LogLines + outcome.Responses - findings.Count, 0, findings.Count, 0, 0, 0, $"Findings: {findings.Count}."));

        logLines.ShouldBeGreaterThan(0);
        secrets.Keys.ShouldContain(ReliabilityHost.LocalClientSecret);
        secrets.Values.ShouldContain(d => d.StartsWith("access token issued to", StringComparison.Ordinal));
        findings.ShouldBeEmpty();
    }

    /// <summary>Failure paths whose messages are most likely to carry a credential: refused secrets, refused tokens, a disabled client.</summary>
    private async Task ProduceCredentialFailuresAsync()
    {
        await using var clock = new AcceleratedClock(Start);
        await using var host = await ReliabilityHost.StartAsync(run, new HostOptions
        {
            Time = clock.Time,
            Settings = { ["Genesys:ClientSecret"] = "wrong-secret-for-the-scan" },
        });
        run.RememberSecret("wrong-secret-for-the-scan", "client secret configured wrongly");
        (await host.GetSpringRenewalsAsync()).Code.ShouldBe("genesys.oauth.invalid_client");

        await using var codeGrant = await ReliabilityHost.StartAsync(run, new HostOptions
        {
            Time = clock.Time,
            Settings = { ["Genesys:ClientId"] = "code-grant-client", ["Genesys:ClientSecret"] = "code-grant-secret" },
        });
        (await codeGrant.GetSpringRenewalsAsync()).Code.ShouldBe("genesys.oauth.unauthorized_client");

        await using var working = await ReliabilityHost.StartAsync(run, new HostOptions { Time = clock.Time });
        (await working.GetSpringRenewalsAsync()).Succeeded.ShouldBeTrue();
        working.Emulator.Faults.Add(new FaultRule { PathPrefix = "/api/v2", Status = 401, Count = 2 });
        (await working.GetSpringRenewalsAsync()).Code.ShouldBe("genesys.oauth.token_rejected");
        working.Emulator.DisableClient(ReliabilityHost.LocalClientId);
        (await working.GetSpringRenewalsAsync()).Succeeded.ShouldBeFalse();
    }

    [GeneratedRegex(@"(Basic|Bearer)\s+[A-Za-z0-9+/=._~-]{12,}")]
    private static partial Regex CredentialHeader();
}
