namespace GenesysCloud.Emulator;

/// <summary>A timer of an <see cref="ScaledClock"/>; due times are in the clock's time (guarded by the clock's lock).</summary>
internal sealed class ScaledClockTimer(ScaledClock clock, TimerCallback callback, object? state) : ITimer
{
    public DateTimeOffset? DueAt { get; set; }

    public TimeSpan Period { get; set; } = Timeout.InfiniteTimeSpan;

    public bool Change(TimeSpan dueTime, TimeSpan period) => clock.Change(this, dueTime, period);

    public void Invoke() => callback(state);

    public void Dispose() => clock.Remove(this);

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
