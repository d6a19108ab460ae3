using Microsoft.Extensions.Time.Testing;

namespace Emulators.Hosting.Tests.Faults;

/// <summary>Which rule applies to a request: first live match wins, counts and durations run out, shares are reproducible.</summary>
public sealed class EmulatorFaultsTests
{
    [Fact]
    public void A_counted_rule_applies_that_many_times_then_the_next_rule_applies()
    {
        var faults = new EmulatorFaults(1, TimeProvider.System);
        var first = faults.Add("/api", 503, count: 2);
        var second = faults.Add("/api", 500);

        faults.Take("GET", "/api/x").ShouldBeSameAs(first);
        faults.Take("GET", "/api/x").ShouldBeSameAs(first);
        faults.Take("GET", "/api/x").ShouldBeSameAs(second);
        faults.Take("GET", "/other").ShouldBeNull();
        faults.Rules.Count.ShouldBe(2, "spent rules stay listed");
    }

    [Fact]
    public void A_rule_with_a_duration_applies_until_that_much_emulator_time_has_passed_since_it_was_added()
    {
        var time = new FakeTimeProvider();
        var faults = new EmulatorFaults(1, time);
        time.Advance(TimeSpan.FromMinutes(5));
        faults.Add(new FaultRule { Status = 503, DurationSeconds = 600 });

        time.Advance(TimeSpan.FromSeconds(599));
        faults.Take("GET", "/x").ShouldNotBeNull();
        time.Advance(TimeSpan.FromSeconds(1));
        faults.Take("GET", "/x").ShouldBeNull();
    }

    [Fact]
    public void Count_and_duration_together_stop_at_whichever_comes_first()
    {
        var time = new FakeTimeProvider();
        var faults = new EmulatorFaults(1, time);
        faults.Add(new FaultRule { Status = 503, Count = 1, DurationSeconds = 60 });

        faults.Take("GET", "/x").ShouldNotBeNull();
        faults.Take("GET", "/x").ShouldBeNull();
    }

    [Fact]
    public void A_share_draws_from_a_seeded_random_so_the_same_seed_hits_the_same_requests()
    {
        static bool[] Pattern(int seed)
        {
            var faults = new EmulatorFaults(seed, TimeProvider.System);
            faults.Add(new FaultRule { Status = 502, Share = 0.5 });
            return [.. Enumerable.Range(0, 200).Select(_ => faults.Take("GET", "/x") is not null)];
        }

        var first = Pattern(7);

        first.Count(hit => hit).ShouldBeInRange(70, 130);
        Pattern(7).ShouldBe(first);
        Pattern(8).ShouldNotBe(first);
    }

    [Fact]
    public void Remove_takes_out_exactly_the_rule_Add_returned()
    {
        var faults = new EmulatorFaults(1, TimeProvider.System);
        var kept = faults.Add("/x", 503);
        var removed = faults.Add("/x", 503);

        faults.Remove(removed).ShouldBeTrue();
        faults.Remove(removed).ShouldBeFalse();

        faults.Rules.ShouldHaveSingleItem().ShouldBeSameAs(kept);
    }

    [Fact]
    public void Clear_keeps_the_latency_ClearAll_and_Reset_do_not()
    {
        var faults = new EmulatorFaults(1, TimeProvider.System);
        faults.Add("/x", 503);
        faults.Latency = TimeSpan.FromSeconds(1);

        faults.Clear();
        faults.Rules.ShouldBeEmpty();
        faults.Latency.ShouldBe(TimeSpan.FromSeconds(1));

        faults.ClearAll();
        faults.Latency.ShouldBe(TimeSpan.Zero);

        faults.Add("/x", 503);
        faults.Latency = TimeSpan.FromSeconds(2);
        faults.Reset(2);
        faults.Rules.ShouldBeEmpty();
        faults.Latency.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void A_negative_latency_is_taken_as_none()
    {
        var faults = new EmulatorFaults(1, TimeProvider.System) { Latency = TimeSpan.FromSeconds(-3) };

        faults.Latency.ShouldBe(TimeSpan.Zero);
    }
}
