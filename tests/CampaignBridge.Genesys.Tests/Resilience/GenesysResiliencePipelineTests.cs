using CampaignBridge.Genesys.Resilience;
using CampaignBridge.Genesys.Tests.Support;
using Emulators.Hosting;
using GenesysCloud.Emulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CampaignBridge.Genesys.Tests.Resilience;

/// <summary>
/// Retries, Retry-After, time budget and circuit breaker, over real HTTP to the emulator. Waits elapse on the shared
/// fake clock, never in real time.
/// </summary>
public sealed class GenesysResiliencePipelineTests
{
    private const string SpringPath = "/api/v2/outbound/campaigns/" + Seeded.SpringRenewals;
    private const string ContactsPath = "/api/v2/outbound/contactlists/" + Seeded.ContactListId + "/contacts";

    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(250);

    /// <summary>Enough clock for every retry delay and Retry-After these tests use.</summary>
    private static readonly TimeSpan RetryWaits = TimeSpan.FromSeconds(10);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public void The_pipeline_constants_are_pinned()
    {
        GenesysResiliencePipeline.TransientRetryBaseDelay.ShouldBe(TimeSpan.FromMilliseconds(250));
        GenesysResiliencePipeline.RateLimitDelayWithoutRetryAfter.ShouldBe(TimeSpan.FromSeconds(1));
        GenesysResiliencePipeline.BreakerFailureRatio.ShouldBe(0.5);
        GenesysResiliencePipeline.BreakerMinimumThroughput.ShouldBe(10);
        GenesysResiliencePipeline.BreakerSamplingDuration.ShouldBe(TimeSpan.FromSeconds(30));
        GenesysResiliencePipeline.BreakerBreakDuration.ShouldBe(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_429_is_retried_after_its_retry_after()
    {
        await using var harness = await GenesysHarness.StartAsync(options: GenesysHarness.Patient);
        await harness.WarmTokenAsync();
        harness.Emulator.Faults.Add(new FaultRule { PathPrefix = SpringPath, Method = "GET", Status = 429, RetryAfterSeconds = 2, Count = 1 });

        var campaign = await harness.AdvanceUntilDoneAsync(harness.Client.GetCampaignAsync(Seeded.SpringRenewals, Cancel), Step, RetryWaits);

        campaign.Id.ShouldBe(Seeded.SpringRenewals);
        var attempts = harness.ApiRequests;
        attempts.Select(r => r.StatusCode).ShouldBe([429, 200]);
        (attempts[1].Timestamp - attempts[0].Timestamp).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task A_429_is_retried_even_for_a_non_idempotent_post()
    {
        await using var harness = await GenesysHarness.StartAsync(options: GenesysHarness.Patient);
        await harness.WarmTokenAsync();
        harness.Emulator.Faults.Add(new FaultRule { PathPrefix = ContactsPath, Method = "POST", Status = 429, RetryAfterSeconds = 1, Count = 1 });

        var added = await harness.AdvanceUntilDoneAsync(
            harness.Client.AddContactsAsync(Seeded.ContactListId, [ContactWithoutId()], ContactWriteOptions.Default, Cancel), Step, RetryWaits);

        added.ShouldHaveSingleItem();
        harness.ApiRequests.Select(r => r.StatusCode).ShouldBe([429, 200]);
        harness.Emulator.ContactsIn(Seeded.ContactListId).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_cap_fails_fast_as_rate_limited()
    {
        await using var harness = await GenesysHarness.StartAsync();
        harness.Emulator.Faults.Add(new FaultRule { PathPrefix = SpringPath, Status = 429, RetryAfterSeconds = 30, Count = 1 });

        var error = await Should.ThrowAsync<GenesysApiException>(() => harness.Client.GetCampaignAsync(Seeded.SpringRenewals, Cancel));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.RateLimited);
        error.StatusCode.ShouldBe(429);
        error.RetryAfter.ShouldBe(TimeSpan.FromSeconds(30));
        error.GenesysCode.ShouldBe("too.many.requests.retry.after");
        harness.ApiRequests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_retry_after_beyond_the_remaining_budget_fails_fast_as_rate_limited()
    {
        await using var harness = await GenesysHarness.StartAsync(options: o =>
        {
            o.TotalTimeout = TimeSpan.FromSeconds(3);
            o.AttemptTimeout = TimeSpan.FromSeconds(2);
        });
        harness.Emulator.Faults.Add(new FaultRule { PathPrefix = SpringPath, Status = 429, RetryAfterSeconds = 4, Count = 1 });

        var error = await Should.ThrowAsync<GenesysApiException>(() => harness.Client.GetCampaignAsync(Seeded.SpringRenewals, Cancel));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.RateLimited);
        error.RetryAfter.ShouldBe(TimeSpan.FromSeconds(4));
        harness.ApiRequests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_persistent_429_gives_up_after_the_rate_limit_retries()
    {
        await using var harness = await GenesysHarness.StartAsync(options: GenesysHarness.Patient);
        await harness.WarmTokenAsync();
        harness.Emulator.Faults.Add(new FaultRule { PathPrefix = SpringPath, Status = 429, RetryAfterSeconds = 1 });

        var error = await Should.ThrowAsync<GenesysApiException>(() =>
            harness.AdvanceUntilDoneAsync(harness.Client.GetCampaignAsync(Seeded.SpringRenewals, Cancel), Step, RetryWaits));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.RateLimited);
        error.RetryAfter.ShouldBe(TimeSpan.FromSeconds(1));
        harness.ApiRequests.Count.ShouldBe(1 + GenesysClientOptions.DefaultRateLimitRetries);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(408)]
    public async Task An_idempotent_read_is_retried_after_a_transient_failure(int status)
    {
        await using var harness = await GenesysHarness.StartAsync(options: GenesysHarness.Patient);
        await harness.WarmTokenAsync();
        harness.Emulator.Faults.Add(new FaultRule { PathPrefix = SpringPath, Status = status, Count = 1 });

        var campaign = await harness.AdvanceUntilDoneAsync(harness.Client.GetCampaignAsync(Seeded.SpringRenewals, Cancel), Step, RetryWaits);

        campaign.Id.ShouldBe(Seeded.SpringRenewals);
        harness.ApiRequests.Select(r => r.StatusCode).ShouldBe([status, 200]);
    }

    [Fact]
    public async Task A_non_idempotent_post_is_never_retried_after_a_5xx()
    {
        await using var harness = await GenesysHarness.StartAsync(options: GenesysHarness.Patient);
        await harness.WarmTokenAsync();
        harness.Emulator.Faults.Add(new FaultRule { PathPrefix = ContactsPath, Method = "POST", Status = 503, Count = 1 });

        var error = await Should.ThrowAsync<GenesysApiException>(() =>
            harness.AdvanceUntilDoneAsync(harness.Client.AddContactsAsync(Seeded.ContactListId, [ContactWithoutId()], ContactWriteOptions.Default, Cancel), Step, RetryWaits));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.Unavailable);
        error.StatusCode.ShouldBe(503);
        error.GenesysCode.ShouldBe("service.unavailable");
        harness.ApiRequests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_non_idempotent_post_is_never_retried_after_a_dropped_connection()
    {
        await using var harness = await GenesysHarness.StartAsync(options: GenesysHarness.Patient);
        await harness.WarmTokenAsync();
        harness.Emulator.Faults.Add(new FaultRule { PathPrefix = ContactsPath, Method = "POST", DropConnection = true, Count = 1 });

        var error = await Should.ThrowAsync<GenesysApiException>(() =>
            harness.AdvanceUntilDoneAsync(harness.Client.AddContactsAsync(Seeded.ContactListId, [ContactWithoutId()], ContactWriteOptions.Default, Cancel), Step, RetryWaits));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.Unavailable);
        error.StatusCode.ShouldBe(0);
        error.InnerException.ShouldBeOfType<HttpRequestException>();
        harness.ApiRequests.Count.ShouldBe(1);
        harness.Emulator.ContactsIn(Seeded.ContactListId).ShouldBeEmpty();
    }

    [Fact]
    public async Task Idempotent_writes_are_retried_after_a_5xx_or_a_dropped_connection()
    {
        await using var harness = await GenesysHarness.StartAsync(options: GenesysHarness.Patient, seed: Seeded.NoCampaignRunning);
        await harness.WarmTokenAsync();
        harness.Emulator.Faults.Add(new FaultRule { PathPrefix = ContactsPath, Method = "POST", Status = 502, Count = 1 });
        harness.Emulator.Faults.Add(new FaultRule { PathPrefix = ContactsPath, Method = "DELETE", DropConnection = true, Count = 1 });
        harness.Emulator.Faults.Add(new FaultRule { PathPrefix = "/api/v2/outbound/dnclists/", Method = "POST", Status = 504, Count = 1 });
        harness.Emulator.Faults.Add(new FaultRule { PathPrefix = SpringPath + "/start", Status = 503, Count = 1 });
        var upsert = new WritableDialerContact { Id = "003UPSERT", Data = new Dictionary<string, string> { ["Phone"] = "+13175550199" } };

        await harness.AdvanceUntilDoneAsync(harness.Client.AddContactsAsync(Seeded.ContactListId, [upsert], ContactWriteOptions.Default, Cancel), Step, RetryWaits);
        await harness.AdvanceUntilDoneAsync(Done(harness.Client.RemoveContactsAsync(Seeded.ContactListId, ["003UPSERT"], Cancel)), Step, RetryWaits);
        await harness.AdvanceUntilDoneAsync(Done(harness.Client.AddDncPhoneNumbersAsync(Seeded.InternalDncList, ["+13175550199"], null, Cancel)), Step, RetryWaits);
        var started = await harness.AdvanceUntilDoneAsync(harness.Client.StartCampaignAsync(Seeded.SpringRenewals, Cancel), Step, RetryWaits);

        started.CampaignStatus.ShouldBe(CampaignStatuses.On);
        // The removal reads the ids back (POST .../contacts/bulk) to learn what Genesys really deleted.
        harness.ApiRequests.Where(r => r.Method != "GET").Select(r => $"{r.Method} {r.StatusCode}").ShouldBe([
            "POST 502", "POST 200", "DELETE 0", "DELETE 200", "POST 200", "POST 504", "POST 200", "POST 503", "POST 200",
        ]);
    }

    [Fact]
    public async Task A_persistent_5xx_on_a_read_gives_up_after_the_transient_retries()
    {
        await using var harness = await GenesysHarness.StartAsync(options: GenesysHarness.Patient);
        await harness.WarmTokenAsync();
        harness.Emulator.Faults.Add(new FaultRule { PathPrefix = SpringPath, Status = 502 });

        var error = await Should.ThrowAsync<GenesysApiException>(() =>
            harness.AdvanceUntilDoneAsync(harness.Client.GetCampaignAsync(Seeded.SpringRenewals, Cancel), Step, RetryWaits));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.Unavailable);
        error.StatusCode.ShouldBe(502);
        error.Hint.ShouldContain("status.mypurecloud.com");
        harness.ApiRequests.Count.ShouldBe(1 + GenesysClientOptions.DefaultTransientRetries);
    }

    [Fact]
    public async Task A_slow_attempt_is_abandoned_and_retried_within_the_budget()
    {
        await using var harness = await GenesysHarness.StartAsync();
        await harness.WarmTokenAsync();
        // The latency is real time (the network); the 4 s attempt timeout and the retry delay run on the fake clock,
        // which stops at 6 s so the second attempt is not cut by the 9 s budget however long it takes for real.
        harness.Emulator.Faults.Add(new FaultRule { PathPrefix = SpringPath, LatencyMs = 5000, Count = 1 });

        var campaign = await harness.AdvanceUntilDoneAsync(
            harness.Client.GetCampaignAsync(Seeded.SpringRenewals, Cancel), TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(6));

        campaign.Id.ShouldBe(Seeded.SpringRenewals);
        harness.Time.GetUtcNow().ShouldBeGreaterThanOrEqualTo(GenesysHarness.Start + GenesysClientOptions.DefaultAttemptTimeout);
    }

    [Fact]
    public async Task An_exhausted_time_budget_is_a_timeout()
    {
        await using var harness = await GenesysHarness.StartAsync();
        await harness.WarmTokenAsync();
        harness.Emulator.Faults.Add(new FaultRule { PathPrefix = SpringPath, LatencyMs = 5000 });

        var error = await Should.ThrowAsync<GenesysApiException>(() => harness.AdvanceUntilDoneAsync(
            harness.Client.GetCampaignAsync(Seeded.SpringRenewals, Cancel), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(10)));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.Timeout);
        error.StatusCode.ShouldBe(0);
        error.Message.ShouldContain("time budget of 9 s");
        error.Hint.ShouldContain("Genesys:TotalTimeout");
    }

    [Fact]
    public async Task A_start_and_its_fallback_share_one_time_budget()
    {
        SlowNetworkHandler? network = null;
        await using var harness = await GenesysHarness.StartAsync(
            seed: s => s.Settings.CampaignStartStopEndpoints = false,
            services: s => s.AddHttpClient(CampaignBridge.Genesys.Http.GenesysApiTransport.HttpClientName)
                .AddHttpMessageHandler(provider => network = new SlowNetworkHandler(provider.GetRequiredService<FakeTimeProvider>(), TimeSpan.FromSeconds(3))));

        // GET, POST start (404), PUT, GET: 4 requests of 3 s each do not fit the 9 s budget, although each one alone would.
        var error = await Should.ThrowAsync<GenesysApiException>(() => harness.Client.StartCampaignAsync(Seeded.SpringRenewals, Cancel));

        network.ShouldNotBeNull();
        error.ErrorCode.ShouldBe(GenesysErrorCodes.Timeout);
        error.Message.ShouldContain("time budget of 9 s");
        harness.ApiRequests.Count.ShouldBe(3);
    }

    [Fact]
    public async Task A_failing_genesys_opens_the_circuit_and_further_calls_are_not_sent()
    {
        await using var harness = await GenesysHarness.StartAsync(options: o => o.TransientRetries = 0);
        harness.Emulator.Faults.Add(new FaultRule { PathPrefix = SpringPath, Status = 503 });

        for (var i = 0; i < GenesysResiliencePipeline.BreakerMinimumThroughput; i++)
        {
            (await Should.ThrowAsync<GenesysApiException>(() => harness.Client.GetCampaignAsync(Seeded.SpringRenewals, Cancel))).StatusCode.ShouldBe(503);
        }

        var error = await Should.ThrowAsync<GenesysApiException>(() => harness.Client.GetCampaignAsync(Seeded.SpringRenewals, Cancel));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.Unavailable);
        error.StatusCode.ShouldBe(0);
        error.Message.ShouldContain("paused");
        harness.ApiRequests.Count.ShouldBe(GenesysResiliencePipeline.BreakerMinimumThroughput);

        harness.Emulator.Faults.Clear();
        harness.Time.Advance(GenesysResiliencePipeline.BreakerBreakDuration);
        (await harness.Client.GetCampaignAsync(Seeded.SpringRenewals, Cancel)).Id.ShouldBe(Seeded.SpringRenewals);
    }

    private static async Task<bool> Done(Task operation)
    {
        await operation;
        return true;
    }

    private static WritableDialerContact ContactWithoutId()
        => new() { Data = new Dictionary<string, string> { ["Phone"] = "+13175550123" } };
}
