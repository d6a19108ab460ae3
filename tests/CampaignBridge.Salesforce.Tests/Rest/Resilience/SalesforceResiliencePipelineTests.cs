using CampaignBridge.Salesforce.Rest;
using CampaignBridge.Salesforce.Tests.Rest.Support;
using Emulators.Hosting;
using Salesforce.Emulator;

namespace CampaignBridge.Salesforce.Tests.Rest.Resilience;

/// <summary>
/// Retries, Retry-After, time budgets and the circuit breaker over real HTTP to the emulator (reference §4.1, §4.4).
/// Waits elapse on the shared fake clock, never in real time.
/// </summary>
public sealed class SalesforceResiliencePipelineTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(250);

    /// <summary>Enough clock for the retry delays these tests use (1 s, 2 s with jitter; Retry-After up to 3 s).</summary>
    private static readonly TimeSpan RetryWaits = TimeSpan.FromSeconds(15);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public void The_pipeline_constants_are_pinned()
    {
        SalesforceResiliencePipeline.TransientRetryBaseDelay.ShouldBe(TimeSpan.FromSeconds(1));
        SalesforceResiliencePipeline.BreakerFailureRatio.ShouldBe(0.5);
        SalesforceResiliencePipeline.BreakerMinimumThroughput.ShouldBe(5);
        SalesforceResiliencePipeline.BreakerSamplingDuration.ShouldBe(TimeSpan.FromSeconds(60));
        SalesforceResiliencePipeline.BreakerBreakDuration.ShouldBe(TimeSpan.FromSeconds(30));
        SalesforceErrorTranslator.RequestLimitExceededRetryAfter.ShouldBe(TimeSpan.FromHours(1));
    }

    [Fact]
    public async Task A_503_for_a_while_is_retried_until_salesforce_answers()
    {
        await using var harness = await SalesforceHarness.StartAsync();
        await harness.WarmTokenAsync();
        harness.Org.Faults.ServerUnavailable(count: 2);

        var results = await harness.AdvanceUntilDoneAsync(
            harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, TaskCalls.Batch(3), Cancel), Step, RetryWaits);

        results.ShouldAllBe(r => r.Success && r.Created == true);
        harness.ApiRequests.Select(r => r.StatusCode).ShouldBe([503, 503, 200]);
        harness.Org.Tasks.Count.ShouldBe(3, "the upsert is idempotent, so the retries wrote each task once");
    }

    [Fact]
    public async Task A_503_that_lasts_gives_up_after_the_retries_as_unavailable()
    {
        await using var harness = await SalesforceHarness.StartAsync();
        await harness.WarmTokenAsync();
        harness.Org.Faults.ServerUnavailable(duration: TimeSpan.FromMinutes(10));

        var error = await Should.ThrowAsync<SalesforceApiException>(() => harness.AdvanceUntilDoneAsync(
            harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, TaskCalls.Batch(3), Cancel), Step, RetryWaits));

        error.ErrorCode.ShouldBe(SalesforceErrorCodes.Unavailable);
        error.StatusCode.ShouldBe(503);
        error.SalesforceCode.ShouldBe("SERVER_UNAVAILABLE");
        error.Hint.ShouldContain("status.salesforce.com");
        harness.ApiRequests.Count.ShouldBe(1 + SalesforceClientOptions.DefaultTransientRetries);
        harness.Org.Tasks.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task Other_5xx_answers_are_retried_too(int status)
    {
        await using var harness = await SalesforceHarness.StartAsync();
        await harness.WarmTokenAsync();
        harness.Org.Faults.Add(new FaultRule { PathPrefix = SalesforceFaults.RestPathPrefix, Status = status, Count = 1 });

        await harness.AdvanceUntilDoneAsync(harness.Client.DescribeAsync("Task", Cancel), Step, RetryWaits);

        harness.ApiRequests.Select(r => r.StatusCode).ShouldBe([status, 200]);
    }

    [Fact]
    public async Task A_dropped_connection_during_an_update_is_retried()
    {
        await using var harness = await SalesforceHarness.StartAsync();
        await harness.WarmTokenAsync();
        harness.Org.Faults.DropConnections(count: 1);

        var results = await harness.AdvanceUntilDoneAsync(
            harness.Client.UpdateAsync([new WritableSObject("Lead", SeededOrg.Ada) { ["DoNotCall"] = true }], Cancel), Step, RetryWaits);

        results.ShouldHaveSingleItem().Success.ShouldBeTrue();
        harness.ApiRequests.Select(r => r.StatusCode).ShouldBe([0, 200]);
    }

    [Fact]
    public async Task A_retry_after_on_a_503_is_waited_out()
    {
        await using var harness = await SalesforceHarness.StartAsync();
        await harness.WarmTokenAsync();
        harness.Org.Faults.Add(new FaultRule { PathPrefix = SalesforceFaults.RestPathPrefix, Status = 503, RetryAfterSeconds = 3, Count = 1 });

        await harness.AdvanceUntilDoneAsync(harness.Client.DescribeAsync("Task", Cancel), Step, RetryWaits);

        var attempts = harness.ApiRequests;
        attempts.Select(r => r.StatusCode).ShouldBe([503, 200]);
        (attempts[1].Timestamp - attempts[0].Timestamp).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_cap_is_handed_to_the_caller_at_once()
    {
        await using var harness = await SalesforceHarness.StartAsync();
        harness.Org.Faults.Add(new FaultRule { PathPrefix = SalesforceFaults.RestPathPrefix, Status = 503, RetryAfterSeconds = 120, Count = 1 });

        var error = await Should.ThrowAsync<SalesforceApiException>(() => harness.Client.DescribeAsync("Task", Cancel));

        error.ErrorCode.ShouldBe(SalesforceErrorCodes.Unavailable);
        error.RetryAfter.ShouldBe(TimeSpan.FromSeconds(120));
        harness.ApiRequests.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Request_limit_exceeded_is_not_retried_and_says_to_wait_an_hour()
    {
        await using var harness = await SalesforceHarness.StartAsync();
        harness.Org.Faults.RequestLimitExceeded(count: 1);

        var error = await Should.ThrowAsync<SalesforceApiException>(
            () => harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, TaskCalls.Batch(1), Cancel));

        error.ErrorCode.ShouldBe(SalesforceErrorCodes.RequestLimitExceeded);
        error.StatusCode.ShouldBe(403);
        error.SalesforceCode.ShouldBe("REQUEST_LIMIT_EXCEEDED");
        error.RetryAfter.ShouldBe(TimeSpan.FromHours(1));
        error.Hint.ShouldContain("API allocation");
        harness.ApiRequests.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Another_403_is_a_missing_permission_and_is_not_retried()
    {
        await using var harness = await SalesforceHarness.StartAsync();
        harness.Org.Faults.Add(new FaultRule { PathPrefix = SalesforceFaults.RestPathPrefix, Status = 403, Code = "INSUFFICIENT_ACCESS", Message = "insufficient access rights", Count = 1 });

        var error = await Should.ThrowAsync<SalesforceApiException>(() => harness.Client.DescribeAsync("Task", Cancel));

        error.ErrorCode.ShouldBe(SalesforceErrorCodes.PermissionMissing);
        error.Hint.ShouldContain("permission set");
        harness.ApiRequests.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_retired_api_version_is_explained()
    {
        await using var harness = await SalesforceHarness.StartAsync(
            seed: SalesforceHarness.Seed(s => s.OldestApiVersion = "50.0"), options: o => o.ApiVersion = "48.0");

        var error = await Should.ThrowAsync<SalesforceApiException>(() => harness.Client.DescribeAsync("Task", Cancel));

        error.ErrorCode.ShouldBe(SalesforceErrorCodes.VersionRetired);
        error.StatusCode.ShouldBe(410);
        error.Hint.ShouldContain("Salesforce:ApiVersion");
    }

    [Fact]
    public async Task A_slow_attempt_is_abandoned_and_retried_within_the_budget()
    {
        await using var harness = await SalesforceHarness.StartAsync(options: o => o.AttemptTimeout = TimeSpan.FromSeconds(2));
        await harness.WarmTokenAsync();
        // The latency is real time (the network); the 2 s attempt timeout and the retry delay run on the fake clock.
        harness.Org.Faults.Add(new FaultRule { PathPrefix = SalesforceFaults.RestPathPrefix, LatencyMs = 5000, Count = 1 });

        var task = await harness.AdvanceUntilDoneAsync(harness.Client.DescribeAsync("Task", Cancel), Step, TimeSpan.FromSeconds(8));

        task.Name.ShouldBe("Task");
        harness.Time.GetUtcNow().ShouldBeGreaterThanOrEqualTo(SalesforceHarness.Start + TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task An_exhausted_time_budget_is_a_timeout()
    {
        await using var harness = await SalesforceHarness.StartAsync(options: o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(2);
            o.TotalTimeout = TimeSpan.FromSeconds(5);
        });
        await harness.WarmTokenAsync();
        harness.Org.Faults.Add(new FaultRule { PathPrefix = SalesforceFaults.RestPathPrefix, LatencyMs = 5000 });

        var error = await Should.ThrowAsync<SalesforceApiException>(() => harness.AdvanceUntilDoneAsync(
            harness.Client.DescribeAsync("Task", Cancel), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(10)));

        error.ErrorCode.ShouldBe(SalesforceErrorCodes.Timeout);
        error.StatusCode.ShouldBe(0);
        error.Message.ShouldContain("time budget of 5 s");
        error.Hint.ShouldContain("Salesforce:TotalTimeout");
    }

    [Fact]
    public async Task A_failing_org_opens_the_circuit_and_further_calls_are_not_sent()
    {
        await using var harness = await SalesforceHarness.StartAsync(options: o => o.TransientRetries = 0);
        harness.Org.Faults.ServerUnavailable();

        for (var i = 0; i < SalesforceResiliencePipeline.BreakerMinimumThroughput; i++)
        {
            (await Should.ThrowAsync<SalesforceApiException>(() => harness.Client.DescribeAsync("Task", Cancel))).StatusCode.ShouldBe(503);
        }

        var error = await Should.ThrowAsync<SalesforceApiException>(() => harness.Client.DescribeAsync("Task", Cancel));

        error.ErrorCode.ShouldBe(SalesforceErrorCodes.Unavailable);
        error.StatusCode.ShouldBe(0);
        error.Message.ShouldContain("paused");
        harness.ApiRequests.Count.ShouldBe(SalesforceResiliencePipeline.BreakerMinimumThroughput);

        harness.Org.Faults.Clear();
        harness.Time.Advance(SalesforceResiliencePipeline.BreakerBreakDuration);
        (await harness.Client.DescribeAsync("Task", Cancel)).Name.ShouldBe("Task");
    }
}
