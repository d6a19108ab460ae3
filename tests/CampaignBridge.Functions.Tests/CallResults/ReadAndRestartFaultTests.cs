using CampaignBridge.Functions.Tests.CallResults.Support;
using CampaignBridge.Functions.Tests.Outbox.Support;
using CampaignBridge.Genesys;
using Emulators.Hosting;
using GenesysCloud.Emulator;

namespace CampaignBridge.Functions.Tests.CallResults;

/// <summary>
/// Issue 14, done when: Genesys analytics refusing reads (429, 503), the app restarted between reading and delivering (and a
/// delivered message coming back, as after a crash before its delete), and look-back windows that overlap — across midnight,
/// where the read interval moves — each end with every attempt logged exactly once.
/// </summary>
public sealed class ReadAndRestartFaultTests(AzuriteFixture azurite)
{
    private const string DetailQueryPath = "/api/v2/analytics/conversations/details/query";

    [Fact]
    public async Task Analytics_429s_and_503s_stop_a_read_that_the_next_run_repeats()
    {
        await using var world = await WayBackScenario.StartAsync(azurite);

        var runs = await world.RunForAsync(WayBackScenario.Duration, run =>
        {
            if (run == 10)
            {
                world.Genesys.Faults.Add(new FaultRule { PathPrefix = DetailQueryPath, Method = "POST", Status = 429, RetryAfterSeconds = 30, Count = 3 });
                world.Genesys.Faults.Add(new FaultRule { PathPrefix = DetailQueryPath, Method = "POST", Status = 503, Count = 3 });
            }

            return Task.CompletedTask;
        });

        runs.Select(r => r.Read.Failure).OfType<string>().ShouldBe(
            [GenesysErrorCodes.RateLimited, GenesysErrorCodes.RateLimited, GenesysErrorCodes.RateLimited, GenesysErrorCodes.Unavailable, GenesysErrorCodes.Unavailable, GenesysErrorCodes.Unavailable]);
        runs.Skip(10).Take(6).ShouldAllBe(r => r.Read.Pages == 0, "each of those reads failed on its first page");
        world.ShouldHaveLoggedEveryAttemptExactlyOnce(WayBackScenario.SkippedWithoutCall);
    }

    [Fact]
    public async Task Results_read_by_one_instance_are_delivered_once_by_the_next_and_a_message_that_comes_back_changes_nothing()
    {
        await using var world = await WayBackScenario.StartAsync(azurite);
        world.Salesforce.Faults.ServerUnavailable();
        await world.RunForAsync(WayBackScenario.Duration);
        world.LoggedCalls.ShouldBeEmpty();
        var queued = await OutboxTestHost.PeekAllAsync(world.Lane.Storage.Queue);
        queued.ShouldNotBeEmpty();

        await world.RestartAsync();
        world.Salesforce.Faults.Clear();
        await world.RunForAsync(TimeSpan.FromMinutes(5));
        world.ShouldHaveLoggedEveryAttemptExactlyOnce(WayBackScenario.SkippedWithoutCall);
        var created = world.Salesforce.Requests.Count(r => r.StatusCode == 201);

        // A crash after Salesforce saved a batch but before its message was deleted: the message becomes visible again.
        foreach (var message in queued)
        {
            await world.Lane.Storage.Queue.SendMessageAsync(message.Body, cancellationToken: TestContext.Current.CancellationToken);
        }

        var replay = await world.RunForAsync(TimeSpan.FromMinutes(5));

        replay.Sum(r => r.Delivered.ItemsDelivered).ShouldBe(WayBackScenario.Attempts + WayBackScenario.SkippedWithoutCall, "the replayed attempts were written again");
        world.ShouldHaveLoggedEveryAttemptExactlyOnce(WayBackScenario.SkippedWithoutCall);
        world.Salesforce.Requests.Count(r => r.StatusCode == 201).ShouldBe(created, "the upsert by conversation id updated the same Tasks");
        (await world.WaitingAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Look_back_windows_that_overlap_across_midnight_log_each_attempt_once()
    {
        await using var world = await WayBackScenario.StartAsync(
            azurite, settings => settings["CallResults:LookBack"] = "00:30:00", startAt: new DateTimeOffset(2026, 11, 29, 23, 40, 0, TimeSpan.Zero));

        var runs = await world.RunForAsync(WayBackScenario.Duration);

        world.Genesys.Dialer.AttemptsOf(WayBackWorld.GenesysCampaignId).Select(a => a.StartedAt.UtcDateTime.Date).Distinct().Count()
            .ShouldBe(2, "the attempts straddle midnight, so the read interval moves to the next day");
        runs.Sum(r => r.Read.AlreadyQueued).ShouldBeGreaterThan(WayBackScenario.Attempts, "every attempt was read again in later windows");
        world.ShouldHaveLoggedEveryAttemptExactlyOnce(WayBackScenario.SkippedWithoutCall);
    }
}
