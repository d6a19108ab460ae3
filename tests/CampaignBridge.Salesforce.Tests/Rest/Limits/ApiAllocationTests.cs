using CampaignBridge.Salesforce.Rest;
using CampaignBridge.Salesforce.Tests.Rest.Support;

namespace CampaignBridge.Salesforce.Tests.Rest.Limits;

/// <summary>
/// <c>Sforce-Limit-Info</c> read from every response, and writes held back before the daily allocation runs out
/// (reference §2, §5; architecture "the way back").
/// </summary>
public sealed class ApiAllocationTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public void The_reserve_and_the_pause_are_pinned()
    {
        SalesforceClientOptions.DefaultApiRequestReserve.ShouldBe(0.10);
        SalesforceClientOptions.ApiAllocationLowPause.ShouldBe(TimeSpan.FromMinutes(15));
        new SalesforceClientOptions().ApiRequestReserve.ShouldBe(0.10);
    }

    [Fact]
    public async Task The_latest_api_usage_is_read_from_every_response()
    {
        await using var harness = await SalesforceHarness.StartAsync();
        harness.Client.LatestApiUsage.ShouldBeNull();

        await harness.Client.DescribeAsync("Task", Cancel);
        var first = harness.Client.LatestApiUsage.ShouldNotBeNull();
        harness.Time.Advance(TimeSpan.FromSeconds(5));
        await Should.ThrowAsync<SalesforceApiException>(() => harness.Client.DescribeAsync("No_Such_Object__c", Cancel));

        (first.Used, first.Max, first.Remaining, first.SeenAt).ShouldBe((1L, 100_000L, 99_999L, SalesforceHarness.Start));
        var latest = harness.Client.LatestApiUsage.ShouldNotBeNull();
        (latest.Used, latest.SeenAt).ShouldBe((2L, SalesforceHarness.Start.AddSeconds(5)), "a failed call's header counts too");
    }

    [Fact]
    public async Task A_write_is_held_back_without_a_request_when_the_remaining_allocation_is_below_the_reserve()
    {
        await using var harness = await SalesforceHarness.StartAsync();
        harness.Org.SetApiUsage(used: 90_500, limit: 100_000);
        await harness.Client.DescribeAsync("Task", Cancel); // api-usage=90501/100000: 9,499 left, the reserve is 10,000
        var sent = harness.ApiRequests.Count;

        var error = await Should.ThrowAsync<SalesforceApiException>(
            () => harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, TaskCalls.Batch(1), Cancel));
        var update = await Should.ThrowAsync<SalesforceApiException>(
            () => harness.Client.UpdateAsync([new WritableSObject("Lead", SeededOrg.Ada) { ["DoNotCall"] = true }], Cancel));

        error.ErrorCode.ShouldBe(SalesforceErrorCodes.ApiAllocationLow);
        error.StatusCode.ShouldBe(0);
        error.RetryAfter.ShouldBe(SalesforceClientOptions.ApiAllocationLowPause);
        error.Message.ShouldContain("9499 of 100000");
        error.Hint.ShouldContain("Salesforce:ApiRequestReserve");
        update.ErrorCode.ShouldBe(SalesforceErrorCodes.ApiAllocationLow);
        harness.ApiRequests.Count.ShouldBe(sent, "nothing was sent");
        harness.Org.Tasks.ShouldBeEmpty();
        harness.Logs.GetSnapshot().ShouldContain(r => r.Id.Id == 3004);
    }

    [Fact]
    public async Task Reads_still_go_while_writes_are_held_back()
    {
        await using var harness = await SalesforceHarness.StartAsync();
        harness.Org.SetApiUsage(used: 99_000, limit: 100_000);
        await harness.Client.DescribeAsync("Task", Cancel);

        var tasks = await harness.Client.QueryAsync("SELECT Id FROM Task", Cancel);
        await harness.Client.DescribeAsync("Lead", Cancel);

        tasks.ShouldBeEmpty();
        harness.ApiRequests.Count.ShouldBe(3);
    }

    [Fact]
    public async Task A_remaining_allocation_at_the_reserve_lets_the_write_go()
    {
        await using var harness = await SalesforceHarness.StartAsync();
        harness.Org.SetApiUsage(used: 89_999, limit: 100_000);
        await harness.Client.DescribeAsync("Task", Cancel); // 90000/100000: exactly 10,000 left

        var results = await harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, TaskCalls.Batch(1), Cancel);

        results.ShouldHaveSingleItem().Success.ShouldBeTrue();
    }

    [Fact]
    public async Task After_the_pause_one_write_goes_out_and_its_answer_decides_again()
    {
        await using var harness = await SalesforceHarness.StartAsync();
        harness.Org.SetApiUsage(used: 95_000, limit: 100_000);
        await harness.Client.DescribeAsync("Task", Cancel);
        harness.Time.Advance(TimeSpan.FromMinutes(10));

        var held = await Should.ThrowAsync<SalesforceApiException>(
            () => harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, TaskCalls.Batch(1), Cancel));
        held.RetryAfter.ShouldBe(TimeSpan.FromMinutes(5), "the pause counts from the reading");

        harness.Time.Advance(TimeSpan.FromMinutes(5));
        var probe = await harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, TaskCalls.Batch(1), Cancel);
        var again = await Should.ThrowAsync<SalesforceApiException>(
            () => harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, TaskCalls.Batch(1, first: 1), Cancel));

        probe.ShouldHaveSingleItem().Success.ShouldBeTrue();
        again.ErrorCode.ShouldBe(SalesforceErrorCodes.ApiAllocationLow, "the probe's answer still shows too little left");
        again.RetryAfter.ShouldBe(SalesforceClientOptions.ApiAllocationLowPause);
        harness.Org.Tasks.Count.ShouldBe(1);
    }

    [Fact]
    public async Task An_exhausted_allocation_is_request_limit_exceeded_and_then_holds_writes_back()
    {
        await using var harness = await SalesforceHarness.StartAsync();
        harness.Org.SetApiUsage(used: 100_000, limit: 100_000);

        var exceeded = await Should.ThrowAsync<SalesforceApiException>(
            () => harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, TaskCalls.Batch(1), Cancel));
        var held = await Should.ThrowAsync<SalesforceApiException>(
            () => harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, TaskCalls.Batch(1), Cancel));

        exceeded.ErrorCode.ShouldBe(SalesforceErrorCodes.RequestLimitExceeded);
        harness.Client.LatestApiUsage.ShouldNotBeNull().Remaining.ShouldBe(0);
        held.ErrorCode.ShouldBe(SalesforceErrorCodes.ApiAllocationLow);
        harness.ApiRequests.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_reserve_of_zero_turns_the_check_off()
    {
        await using var harness = await SalesforceHarness.StartAsync(options: o => o.ApiRequestReserve = 0);
        harness.Org.SetApiUsage(used: 99_990, limit: 100_000);
        await harness.Client.DescribeAsync("Task", Cancel);

        var results = await harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, TaskCalls.Batch(1), Cancel);

        results.ShouldHaveSingleItem().Success.ShouldBeTrue();
    }

    [Fact]
    public async Task The_reserve_is_a_share_of_the_org_s_own_maximum()
    {
        // A Developer Edition org: 15,000 a day, so 10 % keeps 1,500.
        await using var harness = await SalesforceHarness.StartAsync();
        harness.Org.SetApiUsage(used: 13_400, limit: 15_000);
        await harness.Client.DescribeAsync("Task", Cancel); // 1,599 left
        (await harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, TaskCalls.Batch(1), Cancel)).ShouldHaveSingleItem().Success.ShouldBeTrue();
        harness.Org.SetApiUsage(used: 13_600, limit: 15_000);
        await harness.Client.DescribeAsync("Task", Cancel); // 1,399 left

        var error = await Should.ThrowAsync<SalesforceApiException>(
            () => harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, TaskCalls.Batch(1, first: 1), Cancel));

        error.ErrorCode.ShouldBe(SalesforceErrorCodes.ApiAllocationLow);
        error.Message.ShouldContain("below the 1500");
    }

    [Theory]
    [InlineData("api-usage=18/5000", 18L, 5000L)]
    [InlineData("api-usage=18/5000; per-app-api-usage=17/250(appName=sample-connected-app)", 18L, 5000L)]
    [InlineData("api-usage=10018/100000; api-bursts=1/750", 10018L, 100000L)]
    [InlineData("per-app-api-usage=17/250(appName=x);api-usage=7/15000", 7L, 15000L)]
    [InlineData(" API-USAGE = 3/100 ", 3L, 100L)]
    public void The_limit_header_is_read_generically(string value, long used, long max)
    {
        var seenAt = SalesforceHarness.Start;

        LimitInfoHeader.TryParse(value, seenAt, out var usage).ShouldBeTrue();

        usage.ShouldBe(new ApiUsage(used, max, seenAt));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("per-app-api-usage=17/250(appName=x)")]
    [InlineData("api-usage=abc/100")]
    [InlineData("api-usage=5/0")]
    [InlineData("api-usage=5")]
    [InlineData("api-usage=-1/100")]
    public void A_header_without_a_readable_api_usage_is_ignored(string? value)
        => LimitInfoHeader.TryParse(value, SalesforceHarness.Start, out _).ShouldBeFalse();

    [Fact]
    public void Remaining_is_never_negative()
        => new ApiUsage(100_010, 100_000, SalesforceHarness.Start).Remaining.ShouldBe(0);
}
