using CampaignBridge.Reliability.Tests.Support;
using Emulators.Hosting;
using GenesysCloud.Emulator;

namespace CampaignBridge.Reliability.Tests.Faults;

/// <summary>
/// Genesys faults injected by the emulator while GetCampaign is called through the real container. The app and the
/// emulator share an <see cref="AcceleratedClock"/>, so back-off, Retry-After waits and time budgets pass quickly;
/// the tests whose subject is not a time budget run it at <see cref="AcceleratedClock.IoBoundStep"/>, so that a
/// loopback round trip slowed by a loaded machine does not use up the 9 s budget and turn a 502 into a 504.
/// Every call must either succeed or fail with a clear problem+json; the figures go to reliability.json.
/// </summary>
[Trait("Category", "Faults")]
public sealed class GenesysFaultTests(ReliabilityRun run)
{
    private const string Suite = "Faults";
    private static readonly DateTimeOffset Start = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_token_endpoint_answering_503_fails_calls_clearly_without_hammering_it_and_recovers()
    {
        await using var clock = new AcceleratedClock(Start, AcceleratedClock.IoBoundStep);
        await using var host = await ReliabilityHost.StartAsync(run, new HostOptions { Time = clock.Time });
        var tally = new CallTally();

        host.Emulator.Faults.TokenOutageStatus = 503;
        for (var i = 0; i < 20; i++)
        {
            tally.Add(await host.GetSpringRenewalsAsync());
        }

        var tokenRequestsDuringOutage = host.Emulator.TokenRequestCount;
        host.Emulator.Faults.TokenOutageStatus = null;
        var recovered = await host.UntilSucceededAsync(tally, attempts: 500, pause: TimeSpan.FromMilliseconds(20));
        for (var i = 0; i < 20; i++)
        {
            tally.Add(await host.GetSpringRenewalsAsync());
        }

        run.Record(tally.Figures(Suite, "Token endpoint 503 outage (20 calls), then recovery", host.UpstreamCalls,
            $"Token requests during the outage: {tokenRequestsDuringOutage} for 20 calls (back-off)."));
        tally.Unclear.ShouldBeEmpty();
        tally.Failures.Take(20).ShouldAllBe(a => a.Status == 502 && a.Code == "genesys.unavailable");
        tokenRequestsDuringOutage.ShouldBeLessThan(20);
        recovered.ShouldBeTrue();
        tally.Succeeded.ShouldBeGreaterThanOrEqualTo(21);
    }

    [Fact]
    public async Task A_token_endpoint_that_does_not_answer_in_time_gives_504s_and_then_recovers()
    {
        await using var clock = new AcceleratedClock(Start);
        await using var host = await ReliabilityHost.StartAsync(run, new HostOptions { Time = clock.Time });
        var tally = new CallTally();

        // Each token request hangs for 3 real seconds: far beyond the 10 s (fake) token timeout and the 9 s (fake) call budget.
        host.Emulator.Faults.Add(new FaultRule { PathPrefix = "/oauth/token", LatencyMs = 3000, Status = 503, Count = 2 });
        for (var i = 0; i < 5; i++)
        {
            tally.Add(await host.GetSpringRenewalsAsync());
        }

        var recovered = await host.UntilSucceededAsync(tally, attempts: 300, pause: TimeSpan.FromMilliseconds(20));
        for (var i = 0; i < 10; i++)
        {
            tally.Add(await host.GetSpringRenewalsAsync());
        }

        run.Record(tally.Figures(Suite, "Token endpoint hanging (2 requests of 3 s real), then recovery", host.UpstreamCalls,
            $"Token requests: {host.Emulator.TokenRequestCount}."));
        tally.Unclear.ShouldBeEmpty();
        tally.Failures.ShouldNotBeEmpty();
        tally.Failures.ShouldAllBe(a => a.Status == 504 || a.Status == 502);
        recovered.ShouldBeTrue();
    }

    [Fact]
    public async Task A_storm_of_429s_is_retried_after_Retry_After_and_what_is_left_fails_as_503_with_Retry_After()
    {
        await using var clock = new AcceleratedClock(Start, AcceleratedClock.IoBoundStep);
        await using var host = await ReliabilityHost.StartAsync(run, new HostOptions { Time = clock.Time });
        var tally = new CallTally();

        host.Emulator.Faults.Add(new FaultRule { PathPrefix = "/api/v2/outbound/campaigns", Status = 429, RetryAfterSeconds = 1, Share = 0.7 });
        await Parallel.ForEachAsync(Enumerable.Range(0, 40), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (_, _) =>
            tally.Add(await host.GetSpringRenewalsAsync()));

        var limited = host.Emulator.Requests.Count(r => r.StatusCode == 429);
        run.Record(tally.Figures(Suite, "API 429 storm (70% of campaign requests, Retry-After 1 s), 40 calls, 8 in flight", host.UpstreamCalls,
            $"429s answered by the emulator: {limited}."));
        tally.Unclear.ShouldBeEmpty();
        tally.Succeeded.ShouldBeGreaterThan(0);
        tally.Failures.ShouldAllBe(a => a.Status == 503 && a.Code == "genesys.rate_limited" && !string.IsNullOrEmpty(a.RetryAfter));
        (tally.Succeeded + tally.FailedClearly).ShouldBe(40);
    }

    [Fact]
    public async Task Intermittent_503s_are_retried_for_reads_and_the_rest_fail_clearly()
    {
        await using var clock = new AcceleratedClock(Start, AcceleratedClock.IoBoundStep);
        await using var host = await ReliabilityHost.StartAsync(run, new HostOptions { Time = clock.Time });
        var tally = new CallTally();

        host.Emulator.Faults.Add(new FaultRule { PathPrefix = "/api/v2/outbound/campaigns", Status = 503, Share = 0.25 });
        for (var i = 0; i < 40; i++)
        {
            tally.Add(await host.GetSpringRenewalsAsync());
        }

        run.Record(tally.Figures(Suite, "API 503 on 25% of campaign requests, 40 sequential calls", host.UpstreamCalls,
            $"503s answered by the emulator: {host.Emulator.Requests.Count(r => r.StatusCode == 503)}."));
        tally.Unclear.ShouldBeEmpty();
        tally.Succeeded.ShouldBeGreaterThanOrEqualTo(36);
        tally.Failures.ShouldAllBe(a => a.Status == 502 && a.Code == "genesys.unavailable");
    }

    [Fact]
    public async Task A_Genesys_that_keeps_answering_503_trips_the_breaker_so_calls_fail_fast_and_clearly()
    {
        await using var clock = new AcceleratedClock(Start, AcceleratedClock.IoBoundStep);
        await using var host = await ReliabilityHost.StartAsync(run, new HostOptions { Time = clock.Time });
        var tally = new CallTally();
        tally.Add(await host.GetSpringRenewalsAsync());

        host.Emulator.Faults.Add(new FaultRule { PathPrefix = "/api/v2/outbound/campaigns", Status = 503 });
        var before = host.UpstreamCalls;
        for (var i = 0; i < 40; i++)
        {
            tally.Add(await host.GetSpringRenewalsAsync());
        }

        var upstreamDuringOutage = host.UpstreamCalls - before;
        run.Record(tally.Figures(Suite, "API answering 503 to every campaign request, 40 sequential calls", host.UpstreamCalls,
            $"Genesys requests during the outage: {upstreamDuringOutage} for 40 calls (3 attempts each without the breaker: 120)."));
        tally.Unclear.ShouldBeEmpty();
        tally.Succeeded.ShouldBe(1);
        tally.Failures.Count.ShouldBe(40);
        tally.Failures.ShouldAllBe(a => a.Status == 502 && a.Code == "genesys.unavailable");
        upstreamDuringOutage.ShouldBeLessThan(120);
    }

    [Fact]
    public async Task Dropped_connections_are_retried_for_reads_and_the_rest_fail_clearly()
    {
        await using var clock = new AcceleratedClock(Start, AcceleratedClock.IoBoundStep);
        await using var host = await ReliabilityHost.StartAsync(run, new HostOptions { Time = clock.Time });
        var tally = new CallTally();

        host.Emulator.Faults.Add(new FaultRule { PathPrefix = "/api/v2/outbound/campaigns", DropConnection = true, Share = 0.3 });
        for (var i = 0; i < 40; i++)
        {
            tally.Add(await host.GetSpringRenewalsAsync());
        }

        run.Record(tally.Figures(Suite, "Dropped connections on 30% of campaign requests, 40 sequential calls", host.UpstreamCalls,
            $"Connections dropped by the emulator: {host.Emulator.Requests.Count(r => r.StatusCode == 0)}."));
        tally.Unclear.ShouldBeEmpty();
        tally.Succeeded.ShouldBeGreaterThan(30);
        tally.Failures.ShouldAllBe(a => a.Status == 502 && a.Code == "genesys.unavailable");
    }
}
