namespace GenesysCloud.Emulator;

/// <summary>
/// A real clock that runs <see cref="Speed"/> times faster than the system clock, can jump forward
/// (<see cref="Advance"/>) and pause. It is a full <see cref="TimeProvider"/>: timers created from it
/// (<c>Task.Delay(d, clock)</c>, <c>CancellationTokenSource(d, clock)</c>, <c>PeriodicTimer</c>, ...) fire by its time,
/// and <see cref="GetTimestamp"/> measures its time too. The standalone emulator runs on one (<c>--clock-speed</c>).
/// </summary>
/// <remarks>
/// A timer that falls due several periods at once (after a large <see cref="Advance"/>) fires once and continues
/// with the next period after the new time, so a jump of a day does not replay a minute timer 1440 times.
/// Callbacks run on the thread that noticed they were due (a pool thread, or the caller of <see cref="Advance"/>),
/// never under the clock's lock.
/// Unlike the reliability tests' <c>AcceleratedClock</c> (a FakeTimeProvider stepped by a loop), this clock does not slow
/// down when the machine is busy: its time follows the real clock whether or not the process gets CPU, which is right
/// for a local run and wrong for tests whose time budgets must shrink and grow with the machine's load.
/// </remarks>
public sealed class ScaledClock : TimeProvider, IDisposable, IAsyncDisposable
{
    private readonly Lock gate = new();
    private readonly TimeProvider realTime;
    private readonly DateTimeOffset start;
    private readonly TimeSpan? flowLimit;
    private readonly List<ScaledClockTimer> timers = [];
    private readonly ITimer wakeUp;
    private long anchorTimestamp;
    private TimeSpan flowedAtAnchor;
    private TimeSpan jumped;
    private bool paused;
    private bool disposed;

    /// <summary>A clock that starts at <paramref name="start"/> and runs <paramref name="speed"/> times faster than <paramref name="realTime"/>.</summary>
    /// <param name="start">Its time at construction.</param>
    /// <param name="speed">Emulated seconds per real second; 1 = real time. Must be positive.</param>
    /// <param name="flowLimit">Stop flowing on its own after this much emulated time (jumps still work); null = never stop.</param>
    /// <param name="realTime">The clock it scales (default: the system clock); tests of the clock itself pass a fake.</param>
    public ScaledClock(DateTimeOffset start, double speed, TimeSpan? flowLimit = null, TimeProvider? realTime = null)
    {
        if (!(speed > 0) || double.IsInfinity(speed))
        {
            throw new ArgumentOutOfRangeException(nameof(speed), speed, "The clock speed must be a positive number.");
        }

        this.start = start;
        Speed = speed;
        this.flowLimit = flowLimit;
        this.realTime = realTime ?? System;
        anchorTimestamp = this.realTime.GetTimestamp();
        wakeUp = this.realTime.CreateTimer(_ => FireDueTimers(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Emulated seconds per real second.</summary>
    public double Speed { get; }

    /// <summary>True while <see cref="Pause"/> holds the clock.</summary>
    public bool IsPaused
    {
        get
        {
            lock (gate)
            {
                return paused;
            }
        }
    }

    /// <inheritdoc />
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return NowLocked();
        }
    }

    /// <inheritdoc />
    public override long GetTimestamp()
    {
        lock (gate)
        {
            return (NowLocked() - start).Ticks;
        }
    }

    /// <summary>Moves the clock forward by <paramref name="by"/> at once; timers that fall due fire before this returns.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="by"/> is negative.</exception>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        lock (gate)
        {
            jumped += by;
        }

        FireDueTimers();
    }

    /// <summary>Stops the clock from flowing (jumps with <see cref="Advance"/> still work) until <see cref="Resume"/>.</summary>
    public void Pause()
    {
        lock (gate)
        {
            if (!paused)
            {
                flowedAtAnchor = FlowedLocked();
                paused = true;
            }
        }

        FireDueTimers();
    }

    /// <summary>Lets a paused clock flow again from where it stopped.</summary>
    public void Resume()
    {
        lock (gate)
        {
            if (paused)
            {
                anchorTimestamp = realTime.GetTimestamp();
                paused = false;
            }
        }

        FireDueTimers();
    }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new ScaledClockTimer(this, callback, state);
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            timers.Add(timer);
        }

        Change(timer, dueTime, period);
        return timer;
    }

    /// <summary>Stops every timer of this clock; its time stays readable.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            timers.Clear();
        }

        wakeUp.Dispose();
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    internal bool Change(ScaledClockTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        lock (gate)
        {
            if (disposed || !timers.Contains(timer))
            {
                return false;
            }

            timer.DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : NowLocked() + (dueTime < TimeSpan.Zero ? TimeSpan.Zero : dueTime);
            timer.Period = period <= TimeSpan.Zero ? Timeout.InfiniteTimeSpan : period;
        }

        FireDueTimers();
        return true;
    }

    internal void Remove(ScaledClockTimer timer)
    {
        lock (gate)
        {
            timers.Remove(timer);
        }

        FireDueTimers();
    }

    private DateTimeOffset NowLocked() => start + jumped + FlowedLocked();

    private TimeSpan FlowedLocked()
    {
        if (paused)
        {
            return flowedAtAnchor;
        }

        var real = realTime.GetElapsedTime(anchorTimestamp);
        var flowed = flowedAtAnchor + TimeSpan.FromTicks((long)Math.Min(real.Ticks * Speed, TimeSpan.MaxValue.Ticks / 2.0));
        return flowLimit is { } limit && flowed > limit ? limit : flowed;
    }

    /// <summary>Fires what is due, then sets the real wake-up for the next due timer.</summary>
    private void FireDueTimers()
    {
        List<ScaledClockTimer> due = [];
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            var now = NowLocked();
            foreach (var timer in timers)
            {
                if (timer.DueAt is { } dueAt && dueAt <= now)
                {
                    due.Add(timer);
                    timer.DueAt = timer.Period == Timeout.InfiniteTimeSpan ? null : NextDue(dueAt, timer.Period, now);
                }
            }

            ArmWakeUpLocked(now);
        }

        foreach (var timer in due)
        {
            timer.Invoke();
        }
    }

    private static DateTimeOffset NextDue(DateTimeOffset dueAt, TimeSpan period, DateTimeOffset now)
    {
        var missed = (now - dueAt).Ticks / period.Ticks;
        return dueAt + TimeSpan.FromTicks((missed + 1) * period.Ticks);
    }

    private void ArmWakeUpLocked(DateTimeOffset now)
    {
        DateTimeOffset? next = null;
        foreach (var timer in timers)
        {
            if (timer.DueAt is { } dueAt && (next is null || dueAt < next))
            {
                next = dueAt;
            }
        }

        var flowing = !paused && (flowLimit is null || FlowedLocked() < flowLimit);
        if (next is null || !flowing)
        {
            wakeUp.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return;
        }

        // Rounded up to whole real milliseconds so the wake-up never comes before the emulated due time.
        var realDelayMs = Math.Ceiling((next.Value - now).TotalMilliseconds / Speed);
        wakeUp.Change(TimeSpan.FromMilliseconds(Math.Clamp(realDelayMs, 1, int.MaxValue - 1)), Timeout.InfiniteTimeSpan);
    }
}
