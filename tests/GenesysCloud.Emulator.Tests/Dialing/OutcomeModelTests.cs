using GenesysCloud.Emulator.Tests.Support;

namespace GenesysCloud.Emulator.Tests.Dialing;

/// <summary>The seeded outcome model: deterministic for a seed, following its shares, scripted numbers first.</summary>
public sealed class OutcomeModelTests
{
    [Fact]
    public async Task The_same_seed_clock_and_requests_give_the_same_attempts_outcomes_and_conversation_ids()
    {
        var first = await RunAsync(randomSeed: DialerSeed.DefaultRandomSeed);
        var second = await RunAsync(randomSeed: DialerSeed.DefaultRandomSeed);

        second.ShouldBe(first);
        first.Count.ShouldBeGreaterThan(20);
    }

    [Fact]
    public async Task Another_random_seed_gives_other_outcomes()
    {
        var first = await RunAsync(randomSeed: 1);
        var second = await RunAsync(randomSeed: 2);

        second.Select(a => a.Outcome).ShouldNotBe(first.Select(a => a.Outcome));
    }

    [Fact]
    public async Task Over_many_first_attempts_the_outcomes_follow_the_shares()
    {
        await using var world = await DialerWorld.StartAsync(s => s.Dialer.AttemptsPerMinute = 600);
        await world.AddAsync([.. Enumerable.Range(1, 400).Select(i => ContactBodies.Contact($"c-{i:D3}", $"C{i}", $"+1317556{i:D4}"))]);
        await world.StartCampaignAsync();

        world.Time.Advance(TimeSpan.FromMinutes(1));
        world.Time.Advance(TimeSpan.FromMinutes(15));

        var firsts = world.Dialer.Attempts.GroupBy(a => a.ContactId).Select(g => g.First()).ToList();
        firsts.Count.ShouldBe(400);
        var shares = EmulatorSeed.Default.Dialer.Outcomes;
        foreach (var outcome in Enum.GetValues<DialOutcome>())
        {
            var expected = shares.ShareOf(outcome) * 400;
            firsts.Count(a => a.Outcome == outcome).ShouldBeInRange((int)(expected * 0.6) - 3, (int)(expected * 1.4) + 3, outcome.ToString());
        }

        var wrapUps = firsts.Where(a => a.Outcome == DialOutcome.Connected).Select(a => a.WrapUpCode).Distinct();
        wrapUps.ShouldBe([SeedIds.SaleWrapUp, SeedIds.NotInterestedWrapUp, SeedIds.DoNotCallWrapUp, SeedIds.CallbackWrapUp], ignoreOrder: true);
    }

    [Fact]
    public async Task A_scripted_number_follows_its_script_attempt_by_attempt_and_repeats_the_last_entry()
    {
        await using var world = await DialerWorld.DialingAsync(["busy", "noAnswer"]);

        world.Time.Advance(TimeSpan.FromHours(5));

        world.Dialer.Attempts.Select(a => a.Outcome).ShouldBe([DialOutcome.Busy, DialOutcome.NoAnswer, DialOutcome.NoAnswer]);
    }

    [Fact]
    public async Task Connected_agent_calls_talk_as_long_as_the_wrap_ups_range_and_get_an_agent_of_the_seed()
    {
        await using var world = await DialerWorld.StartAsync(s =>
        {
            DialerWorld.Always(s, DialOutcome.Connected);
            s.Dialer.AttemptsPerMinute = 60;
            s.Dialer.ConnectedWrapUps = [new ConnectedWrapUpSeed { WrapUpCodeId = SeedIds.CallbackWrapUp, Share = 1, TalkSeconds = SecondsRange.Between(40, 50) }];
        });
        await world.AddAsync([.. Enumerable.Range(1, 20).Select(i => ContactBodies.Contact($"c-{i:D2}", $"C{i}", $"+1317557{i:D4}"))]);
        await world.StartCampaignAsync();

        world.Time.Advance(TimeSpan.FromMinutes(5));

        var attempts = world.Dialer.Attempts;
        attempts.Count.ShouldBe(20);
        attempts.ShouldAllBe(a => a.WrapUpCode == SeedIds.CallbackWrapUp && a.TalkDuration >= TimeSpan.FromSeconds(40) && a.TalkDuration <= TimeSpan.FromSeconds(50));
        attempts.Select(a => a.AgentId).Distinct().ShouldBeSubsetOf(EmulatorSeed.Default.Agents.Select(a => a.Id));
    }

    private static async Task<List<(string ConversationId, string ContactId, DialOutcome? Outcome, string? WrapUpCode, DateTimeOffset StartedAt)>> RunAsync(int randomSeed)
    {
        await using var world = await DialerWorld.StartAsync(s =>
        {
            s.Dialer.RandomSeed = randomSeed;
            s.Dialer.AttemptsPerMinute = 10;
        });
        await world.AddAsync([.. Enumerable.Range(1, 30).Select(i => ContactBodies.Contact($"c-{i:D2}", $"C{i}", $"+1317558{i:D4}"))]);
        await world.StartCampaignAsync();
        world.Time.Advance(TimeSpan.FromMinutes(10));
        return [.. world.Dialer.Attempts.Select(a => (a.ConversationId, a.ContactId, a.Outcome, a.WrapUpCode, a.StartedAt))];
    }
}
