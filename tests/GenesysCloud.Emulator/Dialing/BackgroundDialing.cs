namespace GenesysCloud.Emulator;

/// <summary>
/// For the standalone host: a timer on the emulator's clock that wakes the dialer at its next event, so calls and
/// results happen (and are logged) without any request. Reads stay consistent without it; in-process emulators do
/// not use it, so tests stay deterministic on a FakeTimeProvider.
/// </summary>
internal sealed class BackgroundDialing : IDisposable
{
    /// <summary>Wake at least this often (emulated time), so a lost wake-up cannot stall the dialer.</summary>
    public static readonly TimeSpan MaxSleep = TimeSpan.FromMinutes(1);

    private readonly EmulatorState state;
    private readonly ITimer timer;

    public BackgroundDialing(EmulatorState state, ILogger logger)
    {
        this.state = state;
        // Off the timer's thread: a clock may fire a due timer inside Change, which runs under the state lock.
        timer = state.Time.CreateTimer(_ => ThreadPool.UnsafeQueueUserWorkItem(_ => Wake(), null), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        lock (state.Gate)
        {
            state.Dialer.Log = logger;
            state.Dialer.NextEventChanged = Arm;
        }

        Wake();
    }

    public void Dispose()
    {
        lock (state.Gate)
        {
            state.Dialer.NextEventChanged = null;
            state.Dialer.Log = null;
        }

        timer.Dispose();
    }

    private void Wake()
    {
        using var sync = state.Synchronize(out _);
    }

    private void Arm(DateTimeOffset? next)
    {
        var delay = next is { } at ? at - state.Now : MaxSleep;
        timer.Change(delay < TimeSpan.Zero ? TimeSpan.Zero : delay > MaxSleep ? MaxSleep : delay, Timeout.InfiniteTimeSpan);
    }
}
