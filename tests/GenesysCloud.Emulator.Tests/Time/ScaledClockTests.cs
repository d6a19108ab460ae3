using Microsoft.Extensions.Time.Testing;

namespace GenesysCloud.Emulator.Tests.Time;

/// <summary>
/// <see cref="ScaledClock"/> scales a real clock (here a <see cref="FakeTimeProvider"/> standing in for it, so the
/// tests are exact): its time, its timestamps and the timers created from it run <c>speed</c> times faster.
/// </summary>
public sealed class ScaledClockTests
{
    private static readonly DateTimeOffset RealStart = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset EmulatedStart = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void One_real_second_at_speed_60_is_one_emulated_minute()
    {
        var real = new FakeTimeProvider(RealStart);
        using var clock = new ScaledClock(EmulatedStart, 60, realTime: real);

        real.Advance(TimeSpan.FromSeconds(1));

        clock.GetUtcNow().ShouldBe(EmulatedStart.AddMinutes(1));
        clock.Speed.ShouldBe(60);
    }

    [Fact]
    public void Timestamps_measure_emulated_time()
    {
        var real = new FakeTimeProvider(RealStart);
        using var clock = new ScaledClock(EmulatedStart, 10, realTime: real);
        var started = clock.GetTimestamp();

        real.Advance(TimeSpan.FromSeconds(3));

        clock.GetElapsedTime(started).ShouldBe(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void A_timer_fires_when_its_emulated_due_time_is_reached_not_before()
    {
        var real = new FakeTimeProvider(RealStart);
        using var clock = new ScaledClock(EmulatedStart, 60, realTime: real);
        var fired = 0;
        using var timer = clock.CreateTimer(_ => Interlocked.Increment(ref fired), null, TimeSpan.FromMinutes(2), Timeout.InfiniteTimeSpan);

        real.Advance(TimeSpan.FromMilliseconds(1999));
        fired.ShouldBe(0);
        real.Advance(TimeSpan.FromMilliseconds(1));

        fired.ShouldBe(1);
    }

    [Fact]
    public async Task Task_delay_on_the_clock_completes_after_the_emulated_delay()
    {
        var real = new FakeTimeProvider(RealStart);
        using var clock = new ScaledClock(EmulatedStart, 100, realTime: real);

        var delay = Task.Delay(TimeSpan.FromSeconds(100), clock, TestContext.Current.CancellationToken);
        real.Advance(TimeSpan.FromMilliseconds(900));
        delay.IsCompleted.ShouldBeFalse();
        real.Advance(TimeSpan.FromMilliseconds(100));

        await delay.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
    }

    [Fact]
    public void Advance_jumps_forward_and_fires_what_fell_due_once_even_a_periodic_timer()
    {
        var real = new FakeTimeProvider(RealStart);
        using var clock = new ScaledClock(EmulatedStart, 1, realTime: real);
        var fired = 0;
        using var timer = clock.CreateTimer(_ => Interlocked.Increment(ref fired), null, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));

        clock.Advance(TimeSpan.FromDays(1));

        clock.GetUtcNow().ShouldBe(EmulatedStart.AddDays(1));
        fired.ShouldBe(1, "missed periods are coalesced");
        clock.Advance(TimeSpan.FromMinutes(1));
        fired.ShouldBe(2);
    }

    [Fact]
    public void A_paused_clock_stands_still_until_resumed_but_can_still_be_advanced()
    {
        var real = new FakeTimeProvider(RealStart);
        using var clock = new ScaledClock(EmulatedStart, 60, realTime: real);
        real.Advance(TimeSpan.FromSeconds(1));

        clock.Pause();
        real.Advance(TimeSpan.FromSeconds(10));
        clock.GetUtcNow().ShouldBe(EmulatedStart.AddMinutes(1));
        clock.Advance(TimeSpan.FromMinutes(5));
        clock.GetUtcNow().ShouldBe(EmulatedStart.AddMinutes(6));
        clock.Resume();
        real.Advance(TimeSpan.FromSeconds(1));

        clock.GetUtcNow().ShouldBe(EmulatedStart.AddMinutes(7));
    }

    [Fact]
    public void A_flow_limit_stops_the_clock_flowing_but_not_jumping()
    {
        var real = new FakeTimeProvider(RealStart);
        using var clock = new ScaledClock(EmulatedStart, 100, TimeSpan.FromHours(1), real);

        real.Advance(TimeSpan.FromHours(1));

        clock.GetUtcNow().ShouldBe(EmulatedStart.AddHours(1), "100 h of flow capped at the 1 h limit");
        clock.Advance(TimeSpan.FromMinutes(1));
        clock.GetUtcNow().ShouldBe(EmulatedStart.AddHours(1).AddMinutes(1));
    }

    [Fact]
    public void A_disposed_timer_does_not_fire()
    {
        var real = new FakeTimeProvider(RealStart);
        using var clock = new ScaledClock(EmulatedStart, 1, realTime: real);
        var fired = 0;
        var timer = clock.CreateTimer(_ => Interlocked.Increment(ref fired), null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);

        timer.Dispose();
        real.Advance(TimeSpan.FromSeconds(5));

        fired.ShouldBe(0);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void A_speed_that_is_not_positive_is_refused(double speed) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new ScaledClock(EmulatedStart, speed));

    [Fact]
    public async Task On_the_real_system_clock_a_fast_clock_runs_ahead_of_real_time()
    {
        using var clock = new ScaledClock(EmulatedStart, 1000);
        var real = System.Diagnostics.Stopwatch.StartNew();

        await Task.Delay(TimeSpan.FromSeconds(20), clock, TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        real.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5), "20 emulated seconds at 1000x take about 20 ms");
        (clock.GetUtcNow() - EmulatedStart).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(20));
    }
}
