using System.Text;
using CampaignBridge.Genesys.Tests.Support;
using CampaignBridge.OAuth;
using Emulators.Hosting;
using GenesysCloud.Emulator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CampaignBridge.Genesys.Tests.Authentication;

/// <summary>
/// Drives every path that touches a secret or a token (issue, rotation, 401 renewal, refusals, API errors) with every
/// log line collected at Trace level, HttpClient logging included, and proves none of them leaks.
/// </summary>
public sealed class SecretRedactionTests
{
    private const string RotatedSecret = "rotated+secret/4=";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public void Credentials_and_tokens_redact_their_secrets_in_to_string()
    {
        var credentials = new ClientCredentials("client-1", "very-secret-value");
        var token = new AccessToken("opaque-token-value", "client-1", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddHours(24));

        credentials.ToString().ShouldBe("ClientCredentials { ClientId = client-1, ClientSecret = *** }");
        token.ToString().ShouldContain("client-1");
        token.ToString().ShouldNotContain("opaque-token-value");
        $"{credentials} {token}".ShouldNotContain("very-secret-value");
    }

    [Fact]
    public async Task No_secret_token_or_authorization_header_is_ever_logged_or_put_in_an_error()
    {
        await using var harness = await GenesysHarness.StartAsync(Seeded.Local with { ClientSecret = "stale-secret" });
        var errors = new List<GenesysApiException>();

        // Rotation: the cached secret is stale, the store has the new one.
        harness.Emulator.RotateClientSecret(Seeded.Local.ClientId, RotatedSecret);
        harness.Credentials.Stored = Seeded.Local with { ClientSecret = RotatedSecret };
        await harness.Client.GetCampaignAsync(Seeded.SpringRenewals, Cancel);

        // A 401 mid-life: renewal with the rotated secret.
        harness.Emulator.Faults.Add(new FaultRule { PathPrefix = "/api/v2/outbound/campaigns", Status = 401, Code = "bad.credentials", Count = 1 });
        await harness.Client.StartCampaignAsync(Seeded.SpringRenewals, Cancel);

        // API refusals with bodies and correlation ids.
        errors.Add(await Should.ThrowAsync<GenesysApiException>(() => harness.Client.GetCampaignAsync(Seeded.UnknownId, Cancel)));
        errors.Add(await Should.ThrowAsync<GenesysApiException>(() => harness.Client.StopCampaignAsync(Seeded.CustomerSurvey, Cancel)));
        harness.Emulator.Faults.Add(new FaultRule { PathPrefix = "/api/v2/outbound/dnclists", Status = 429, RetryAfterSeconds = 60, Count = 1 });
        errors.Add(await Should.ThrowAsync<GenesysApiException>(() => harness.Client.GetDncListAsync(Seeded.InternalDncList, Cancel)));

        // Token refusals: disabled client after a 401, then a login outage in back-off.
        harness.Emulator.DisableClient(Seeded.Local.ClientId);
        errors.Add(await Should.ThrowAsync<GenesysApiException>(() => harness.Client.GetCampaignAsync(Seeded.SpringRenewals, Cancel)));
        harness.Emulator.Faults.TokenOutageStatus = 503;
        harness.Time.Advance(TimeSpan.FromSeconds(5));
        errors.Add(await Should.ThrowAsync<GenesysApiException>(() => harness.Tokens.GetAccessTokenAsync(Cancel)));
        errors.Add(await Should.ThrowAsync<GenesysApiException>(() => harness.Tokens.GetAccessTokenAsync(Cancel)));

        var forbidden = ForbiddenValues(harness).ToList();
        forbidden.Count.ShouldBeGreaterThan(10);
        var records = harness.Logs.GetSnapshot();
        records.ShouldContain(r => r.Level == LogLevel.Debug, "lines below Information are collected");
        records.ShouldContain(r => r.Id.Id == 1003, "the credential re-read is logged");
        records.ShouldContain(r => r.Id.Id == 1004, "the refused token request is logged");
        records.ShouldContain(r => r.Id.Id == 2004, "failed operations are logged");

        // The default HttpClient loggers put raw header values in their structured state; they must stay removed.
        records.ShouldNotContain(r => r.Category != null && r.Category.StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal));
        foreach (var record in records)
        {
            var text = Render(record);
            foreach (var value in forbidden)
            {
                text.ShouldNotContain(value, Case.Sensitive, $"log line {record.Category} #{record.Id.Id}");
            }
        }

        errors.Select(e => e.ErrorCode).ShouldBe([
            GenesysErrorCodes.NotFound, GenesysErrorCodes.InvalidCampaignTransition, GenesysErrorCodes.RateLimited,
            GenesysErrorCodes.InvalidClient, GenesysErrorCodes.Unavailable, GenesysErrorCodes.Unavailable,
        ]);
        foreach (var error in errors)
        {
            var text = $"{error} {error.Hint} {string.Join(",", error.MessageParams)}";
            foreach (var value in forbidden)
            {
                text.ShouldNotContain(value, Case.Sensitive);
            }
        }
    }

    private static IEnumerable<string> ForbiddenValues(GenesysHarness harness)
    {
        var secrets = Seeded.AllSecrets.Append(RotatedSecret).Append("stale-secret").ToList();
        foreach (var secret in secrets)
        {
            yield return secret;
            yield return Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Seeded.Local.ClientId}:{secret}"));
        }

        foreach (var token in harness.Emulator.IssuedTokens)
        {
            yield return token.AccessToken;
        }

        yield return "Bearer ";
        yield return "Basic ";
    }

    private static string Render(FakeLogRecord record)
    {
        var text = new StringBuilder()
            .Append(record.Message).Append('|')
            .Append(record.Exception?.ToString()).Append('|');
        foreach (var pair in record.StructuredState ?? [])
        {
            text.Append(pair.Key).Append('=').Append(pair.Value).Append('|');
        }

        foreach (var scope in record.Scopes)
        {
            text.Append(scope).Append('|');
        }

        return text.ToString();
    }
}
