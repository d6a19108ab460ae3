using Microsoft.Extensions.Time.Testing;

namespace CampaignBridge.Reliability.Tests.Support;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that a background loop moves forward by <see cref="Step"/> every
/// millisecond or so, so that everything driven by TimeProvider (token lifetimes, back-off, retry delays, time
/// budgets, rate-limit windows, flush pauses) runs many times faster than real time, while network I/O stays
/// real. Bounded: it stops on its own after <see cref="MaxFakeDuration"/> of fake time.
/// </summary>
public sealed class AcceleratedClock : IAsyncDisposable
{
    public static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);
    public static readonly TimeSpan MaxFakeDuration = TimeSpan.FromDays(3);

    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private volatile bool _paused;

    public AcceleratedClock(DateTimeOffset start)
    {
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
