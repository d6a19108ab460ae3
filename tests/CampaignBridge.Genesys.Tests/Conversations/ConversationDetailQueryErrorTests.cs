using CampaignBridge.Genesys.Tests.Support;
using CampaignBridge.OAuth;
using Emulators.Hosting;
using GenesysCloud.Emulator;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignBridge.Genesys.Tests.Conversations;

/// <summary>
/// Failures of the detail query against the emulator (results reference §1.3, §1.4, §1.6): a missing analytics permission,
/// 429 with Retry-After, 503 retried like every read, and the 400s of a bad interval or deep paging, each translated into a
/// <see cref="GenesysApiException"/> with its code and a hint. Retry waits elapse on the fake clock.
/// </summary>
public sealed class ConversationDetailQueryErrorTests
{
    private const string DetailsPath = "/api/v2/analytics/conversations/details/query";

    /// <summary>The emulator's client with every outbound permission but none of the results views.</summary>
    private static readonly ClientCredentials NoResults = new("no-results-client", "no-results-secret");

    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan RetryWaits = TimeSpan.FromSeconds(10);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static ConversationQuery Day(int pageSize = 25, int pageNumber = 1) => new()
    {
        Interval = DialedConversations.StartDay,
        Paging = new PagingSpec(pageSize, pageNumber),
        SegmentFilters = [new ConversationFilter { Type = "or", Predicates = [new ConversationPredicate { Dimension = "outboundCampaignId", Value = Seeded.SpringRenewals }] }],
    };

    [Fact]
    public async Task A_client_without_the_analytics_permission_is_told_to_add_it_to_a_role()
    {
        await using var harness = await GenesysHarness.StartAsync(NoResults);

        var error = await Should.ThrowAsync<GenesysApiException>(() => Client(harness).QueryConversationDetailsAsync(Day(), Cancel));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.PermissionMissing);
        error.StatusCode.ShouldBe(403);
        error.GenesysCode.ShouldBe("missing.any.permissions");
        error.Hint.ShouldContain("analytics:conversationDetail:view");
        error.Hint.ShouldContain("Admin > Integrations > OAuth");
        error.Message.ShouldContain("query conversation details");
    }

    [Fact]
    public async Task A_429_is_retried_after_its_retry_after()
    {
        await using var harness = await GenesysHarness.StartAsync(options: GenesysHarness.Patient);
        await harness.WarmTokenAsync();
        harness.Emulator.Faults.Add(new FaultRule { PathPrefix = DetailsPath, Method = "POST", Status = 429, RetryAfterSeconds = 2, Count = 1 });

        var page = await harness.AdvanceUntilDoneAsync(Client(harness).QueryConversationDetailsAsync(Day(), Cancel), Step, RetryWaits);

        page.TotalHits.ShouldBe(0);
        var attempts = harness.ApiRequests;
        attempts.Select(r => r.StatusCode).ShouldBe([429, 200]);
        (attempts[1].Timestamp - attempts[0].Timestamp).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(2));
        attempts[1].Body.ShouldBe(attempts[0].Body, "the retry sends the same query");
    }

    [Fact]
    public async Task A_429_asking_for_a_longer_wait_than_allowed_fails_at_once_as_rate_limited_with_the_wait()
    {
        await using var harness = await GenesysHarness.StartAsync();
        harness.Emulator.Faults.Add(new FaultRule { PathPrefix = DetailsPath, Status = 429, RetryAfterSeconds = 30, Count = 1 });

        var error = await Should.ThrowAsync<GenesysApiException>(() => Client(harness).QueryConversationDetailsAsync(Day(), Cancel));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.RateLimited);
        error.StatusCode.ShouldBe(429);
        error.GenesysCode.ShouldBe("too.many.requests.retry.after");
        error.RetryAfter.ShouldBe(TimeSpan.FromSeconds(30));
        harness.ApiRequests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_503_is_retried_as_reads_are()
    {
        await using var harness = await GenesysHarness.StartAsync(options: GenesysHarness.Patient);
        await harness.WarmTokenAsync();
        harness.Emulator.Faults.Add(new FaultRule { PathPrefix = DetailsPath, Status = 503, Count = 1 });

        var page = await harness.AdvanceUntilDoneAsync(Client(harness).QueryConversationDetailsAsync(Day(), Cancel), Step, RetryWaits);

        page.Conversations.ShouldBeEmpty();
        harness.ApiRequests.Select(r => r.StatusCode).ShouldBe([503, 200]);
    }

    [Fact]
    public async Task A_503_that_persists_is_unavailable_after_the_transient_retries()
    {
        await using var harness = await GenesysHarness.StartAsync(options: GenesysHarness.Patient);
        await harness.WarmTokenAsync();
        harness.Emulator.Faults.Add(new FaultRule { PathPrefix = DetailsPath, Status = 503 });

        var error = await Should.ThrowAsync<GenesysApiException>(() =>
            harness.AdvanceUntilDoneAsync(Client(harness).QueryConversationDetailsAsync(Day(), Cancel), Step, RetryWaits));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.Unavailable);
        error.StatusCode.ShouldBe(503);
        error.GenesysCode.ShouldBe("service.unavailable");
        error.Hint.ShouldContain("status.mypurecloud.com");
        harness.ApiRequests.Count.ShouldBe(1 + GenesysClientOptions.DefaultTransientRetries);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2026-11-02T00:00:00.000Z")]
    [InlineData("2026-11-03T00:00:00.000Z/2026-11-02T00:00:00.000Z")]
    public async Task An_interval_Genesys_cannot_read_is_a_bad_request_naming_invalid_date(string interval)
    {
        await using var harness = await GenesysHarness.StartAsync();

        var error = await Should.ThrowAsync<GenesysApiException>(() => Client(harness).QueryConversationDetailsAsync(Day() with { Interval = interval }, Cancel));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.BadRequest);
        error.StatusCode.ShouldBe(400);
        error.GenesysCode.ShouldBe("invalid.date");
        error.Hint.ShouldContain("invalid.date");
        harness.ApiRequests.Count.ShouldBe(1, "a bad request is not retried");
    }

    [Fact]
    public async Task An_interval_longer_than_31_days_with_a_filter_is_a_bad_request_with_Genesys_message()
    {
        await using var harness = await GenesysHarness.StartAsync();
        var start = GenesysHarness.Start.Date;

        var error = await Should.ThrowAsync<GenesysApiException>(() =>
            Client(harness).QueryConversationDetailsAsync(Day() with { Interval = ConversationQuery.FormatInterval(start, start.AddDays(32)) }, Cancel));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.BadRequest);
        error.GenesysCode.ShouldBe("bad.request");
        error.Message.ShouldContain("The interval may not exceed 31 days.");
        GenesysConversationLimits.MaxFilteredInterval.ShouldBe(TimeSpan.FromDays(31));
    }

    [Fact]
    public async Task Paging_beyond_100000_results_is_a_bad_request_with_Genesys_message()
    {
        await using var harness = await GenesysHarness.StartAsync();
        var pageNumber = (GenesysConversationLimits.MaxResultsPerQuery / GenesysConversationLimits.MaxPageSize) + 1;

        var error = await Should.ThrowAsync<GenesysApiException>(() =>
            Client(harness).QueryConversationDetailsAsync(Day(GenesysConversationLimits.MaxPageSize, pageNumber), Cancel));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.BadRequest);
        error.StatusCode.ShouldBe(400);
        error.Message.ShouldContain("Pagination may not exceed 100000 results.");
    }

    [Fact]
    public async Task The_last_page_within_100000_results_is_read()
    {
        await using var harness = await GenesysHarness.StartAsync();
        var pageNumber = GenesysConversationLimits.MaxResultsPerQuery / GenesysConversationLimits.MaxPageSize;

        var page = await Client(harness).QueryConversationDetailsAsync(Day(GenesysConversationLimits.MaxPageSize, pageNumber), Cancel);

        page.Conversations.ShouldBeEmpty();
        harness.ApiRequests.ShouldHaveSingleItem().StatusCode.ShouldBe(200);
    }

    private static IGenesysConversationClient Client(GenesysHarness harness) => harness.Services.GetRequiredService<IGenesysConversationClient>();
}
