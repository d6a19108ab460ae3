using CampaignBridge.Salesforce.Tests.Rest.Support;
using Emulators.Hosting;
using Salesforce.Emulator;

namespace CampaignBridge.Salesforce.Tests.Rest.Authentication;

/// <summary>Sessions ending mid-run (reference §1.1.4, §4.4 rule 2): one new token, then session_rejected.</summary>
public sealed class SessionRenewalTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_session_expired_mid_run_gets_one_new_token_and_the_call_succeeds()
    {
        await using var harness = await SalesforceHarness.StartAsync();
        await harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, TaskCalls.Batch(2), Cancel);
        harness.Org.ExpireSessions();

        var results = await harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, TaskCalls.Batch(2, first: 2), Cancel);

        results.ShouldAllBe(r => r.Success && r.Created == true);
        harness.Org.TokenRequestCount.ShouldBe(2);
        harness.ApiRequests.Select(r => r.StatusCode).ShouldBe([200, 401, 200]);
        harness.Org.Tasks.Count.ShouldBe(4);
        harness.Logs.GetSnapshot().ShouldContain(r => r.Id.Id == 1006, "the rejected token is discarded");
    }

    [Fact]
    public async Task A_session_that_times_out_before_the_assumed_lifetime_is_renewed_on_its_401()
    {
        // The ShortSession app's sessions last 15 minutes; the client assumes 2 hours.
        await using var harness = await SalesforceHarness.StartAsync(SeededOrg.ShortSession);
        await harness.Client.DescribeAsync("Task", Cancel);
        harness.Time.Advance(TimeSpan.FromMinutes(16));

        await harness.Client.DescribeAsync("Lead", Cancel);

        harness.Org.TokenRequestCount.ShouldBe(2);
        harness.Org.Sessions.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_token_is_renewed_ahead_of_the_assumed_lifetime_without_a_401()
    {
        await using var harness = await SalesforceHarness.StartAsync(options: o => o.AssumedSessionLifetime = TimeSpan.FromMinutes(60));
        await harness.Client.DescribeAsync("Task", Cancel);
        harness.Time.Advance(TimeSpan.FromMinutes(59) + TimeSpan.FromSeconds(30));

        await harness.Client.DescribeAsync("Lead", Cancel);

        harness.Org.TokenRequestCount.ShouldBe(2);
        harness.ApiRequests.ShouldNotContain(r => r.StatusCode == 401);
    }

    [Fact]
    public async Task A_second_401_for_the_new_token_is_session_rejected()
    {
        await using var harness = await SalesforceHarness.StartAsync();
        harness.Org.Faults.Add(new FaultRule { PathPrefix = SalesforceFaults.RestPathPrefix, Status = 401, Count = 2 });

        var error = await Should.ThrowAsync<SalesforceApiException>(() => harness.Client.DescribeAsync("Task", Cancel));

        error.ErrorCode.ShouldBe(SalesforceErrorCodes.SessionRejected);
        error.StatusCode.ShouldBe(401);
        error.SalesforceCode.ShouldBe("INVALID_SESSION_ID");
        error.Hint.ShouldContain("Run As user");
        harness.Org.TokenRequestCount.ShouldBe(2);
        harness.ApiRequests.Count.ShouldBe(2, "one retry with the new token, no more");
    }
}
