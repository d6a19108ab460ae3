using Microsoft.Extensions.Time.Testing;

namespace CampaignBridge.Reliability.Tests.Support;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that a background loop moves forward by <see cref="Step"/> every millisecond or so,
/// so that everything driven by TimeProvider (token lifetimes, back-off, retry delays, time budgets, rate-limit
/// windows, flush pauses) runs many times faster than real time, while network I/O stays real. Bounded: it stops on
/// its own after <see cref="MaxFakeDuration"/> of fake time.
/// </summary>
/// <remarks>
/// Real I/O is charged to the fake clock at the same rate: at <see cref="DefaultStep"/> (about 100x) a loopback request
/// that takes 45 ms on a loaded machine has used up the app's 4 s attempt timeout, and a write Genesys accepted is sent
/// again. Whatever is not about a time budget but goes over the wire while budgets run (retries after 503s or
/// dropped connections, queued writes that must not be duplicated) runs at <see cref="IoBoundStep"/> (about 10x),
/// which leaves a real 400 ms per attempt; a test can switch speeds on the way (a fast outage, then a careful recovery).
/// </remarks>
public sealed class AcceleratedClock : IAsyncDisposable
{
    /// <summary>Fake time per real millisecond by default: about 100x.</summary>
    public static readonly TimeSpan DefaultStep = TimeSpan.FromMilliseconds(100);

    /// <summary>Fake time per real millisecond while wire calls race the app's time budgets: about 10x.</summary>
    public static readonly TimeSpan IoBoundStep = TimeSpan.FromMilliseconds(10);

    public static readonly TimeSpan MaxFakeDuration = TimeSpan.FromDays(3);

    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _stepTicks;
    private volatile bool _paused;

    public AcceleratedClock(DateTimeOffset start)
        : this(start, DefaultStep)
    {
    }

    public AcceleratedClock(DateTimeOffset start, TimeSpan step)
    {
        Step = step;
        Time = new FakeTimeProvider(start);
        _loop = Task.Run(async () =>
        {
            var end = start + MaxFakeDuration;
            while (!_stop.IsCancellationRequested && Time.GetUtcNow() < end)
            {
                if (!_paused)
                {
                    Time.Advance(Step);
                }

                try
                {
                    await Task.Delay(1, _stop.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        });
    }

    public FakeTimeProvider Time { get; }

    /// <summary>How far the clock moves per real millisecond; can be changed while it runs.</summary>
    public TimeSpan Step
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _stepTicks));
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero);
            Interlocked.Exchange(ref _stepTicks, value.Ticks);
        }
    }

    /// <summary>Stops the background advance (e.g. while a test moves the clock itself); <see cref="Resume"/> restarts it.</summary>
    public void Pause() => _paused = true;

    public void Resume() => _paused = false;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }
}
