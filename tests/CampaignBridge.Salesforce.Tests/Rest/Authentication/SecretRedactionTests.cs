using System.Text;
using CampaignBridge.Salesforce.Tests.Rest.Support;
using Emulators.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Salesforce.Emulator;

namespace CampaignBridge.Salesforce.Tests.Rest.Authentication;

/// <summary>
/// Drives every path that touches a secret or a token (issue, rotation, 401 renewal, refusals, API errors, held-back
/// writes) with every log line collected at Trace level, HttpClient logging included, and proves none of them leaks.
/// </summary>
public sealed class SecretRedactionTests
{
    private const string Rotated = "rotated+secret/4=";
    private const string Stale = "stale-secret";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task No_secret_token_or_authorization_header_is_ever_logged_or_put_in_an_error()
    {
        var seed = SalesforceSeed.Default;
        seed.ClientApps.Single(a => a.ConsumerKey == SeededOrg.CampaignBridge.ClientId).ConsumerSecret = Rotated;
        await using var harness = await SalesforceHarness.StartAsync(SeededOrg.CampaignBridge with { ClientSecret = Stale }, seed);
        var tokens = new List<string>();
        var errors = new List<SalesforceApiException>();

        // Rotation: the cached secret is stale, the store has the new one.
        harness.Credentials.Stored = SeededOrg.CampaignBridge with { ClientSecret = Rotated };
        tokens.Add((await harness.Tokens.GetAccessTokenAsync(Cancel)).Value);
        await harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, TaskCalls.Batch(2), Cancel);

        // A session ended mid-run: renewal.
        harness.Org.ExpireSessions();
        await harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, TaskCalls.Batch(2), Cancel);
        tokens.Add((await harness.Tokens.GetAccessTokenAsync(Cancel)).Value);

        // API refusals with bodies, a 401 twice, a limit, a held-back write.
        errors.Add(await Should.ThrowAsync<SalesforceApiException>(() => harness.Client.QueryAsync("SELECT FROM", Cancel)));
        errors.Add(await Should.ThrowAsync<SalesforceApiException>(() => harness.Client.DescribeAsync("Nope__c", Cancel)));
        harness.Org.Faults.Add(new FaultRule { PathPrefix = SalesforceFaults.RestPathPrefix, Status = 401, Count = 2 });
        errors.Add(await Should.ThrowAsync<SalesforceApiException>(() => harness.Client.DescribeAsync("Task", Cancel)));
        tokens.Add((await harness.Tokens.GetAccessTokenAsync(Cancel)).Value);
        harness.Org.SetApiUsage(100_000);
        errors.Add(await Should.ThrowAsync<SalesforceApiException>(() => harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, TaskCalls.Batch(1), Cancel)));
        errors.Add(await Should.ThrowAsync<SalesforceApiException>(() => harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, TaskCalls.Batch(1), Cancel)));

        // A token refusal after the session ends.
        harness.Org.ExpireSessions();
        harness.Org.Faults.Add(new FaultRule { PathPrefix = "/services/oauth2/token", Status = 400, Code = "invalid_client", Message = "invalid client credentials" });
        errors.Add(await Should.ThrowAsync<SalesforceApiException>(() => harness.Client.DescribeAsync("Lead", Cancel)));

        var forbidden = ForbiddenValues(tokens).ToList();
        var records = harness.Logs.GetSnapshot();
        records.ShouldContain(r => r.Level == LogLevel.Debug, "lines below Information are collected");
        records.ShouldContain(r => r.Id.Id == 1003, "the credential re-read is logged");
        records.ShouldContain(r => r.Id.Id == 1004, "the refused token request is logged");
        records.ShouldContain(r => r.Id.Id == 3003, "failed operations are logged");

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
            SalesforceErrorCodes.BadRequest, SalesforceErrorCodes.NotFound, SalesforceErrorCodes.SessionRejected,
            SalesforceErrorCodes.RequestLimitExceeded, SalesforceErrorCodes.ApiAllocationLow, SalesforceErrorCodes.InvalidClient,
        ]);
        foreach (var error in errors)
        {
            var text = $"{error} {error.Hint}";
            foreach (var value in forbidden)
            {
                text.ShouldNotContain(value, Case.Sensitive);
            }
        }
    }

    [Fact]
    public void Records_and_field_values_describe_themselves_without_their_values()
    {
        var lead = new WritableSObject("Lead", SeededOrg.Ada) { ["Phone"] = "+13175550111", ["DoNotCall"] = true };

        lead.ToString().ShouldBe($"Lead {{ Id = {SeededOrg.Ada}, Fields = 2 }}");
        lead["Phone"].ToString().ShouldBe("String");
    }

    private static IEnumerable<string> ForbiddenValues(IEnumerable<string> tokens)
    {
        foreach (var secret in SeededOrg.AllSecrets.Append(Rotated).Append(Stale))
        {
            yield return secret;
            yield return Uri.EscapeDataString(secret);
            yield return Convert.ToBase64String(Encoding.UTF8.GetBytes($"{SeededOrg.CampaignBridge.ClientId}:{secret}"));
        }

        foreach (var token in tokens.Distinct())
        {
            token.Length.ShouldBeGreaterThan(20);
            yield return token;
            // The part after the org id is the session's secret half.
            yield return token[(token.IndexOf('!', StringComparison.Ordinal) + 1)..];
        }

        yield return "Bearer ";
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
