namespace CampaignBridge.Benchmarks.Harness;

/// <summary>
/// Samples the managed heap every 10 ms and keeps two peaks: <see cref="PeakBytes"/>, the heap including garbage not
/// yet collected (<see cref="GC.GetTotalMemory(bool)"/>), and <see cref="PeakAfterGcBytes"/>, the heap size the last
/// garbage collection left (<see cref="GCMemoryInfo.HeapSizeBytes"/>), close to what was really alive.
/// </summary>
internal sealed class PeakMemorySampler : IDisposable
{
    private readonly Timer _timer;
    private long _peak;
    private long _peakAfterGc;

    public PeakMemorySampler()
    {
        _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(10));
    }

    public long PeakBytes
    {
        get
        {
            Sample();
            return Interlocked.Read(ref _peak);
        }
    }

    public long PeakAfterGcBytes
    {
        get
        {
            Sample();
            return Interlocked.Read(ref _peakAfterGc);
        }
    }

    public void Dispose() => _timer.Dispose();

    private static void Raise(ref long peak, long value)
    {
        long seen;
        while (value > (seen = Interlocked.Read(ref peak)) && Interlocked.CompareExchange(ref peak, value, seen) != seen)
        {
        }
    }

    private void Sample()
    {
        Raise(ref _peak, GC.GetTotalMemory(forceFullCollection: false));
        Raise(ref _peakAfterGc, GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes);
    }
}
