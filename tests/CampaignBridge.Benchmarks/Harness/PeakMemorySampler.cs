namespace CampaignBridge.Benchmarks.Harness;

/// <summary>
/// Samples the managed heap every 10 ms and keeps two peaks: <see cref="PeakBytes"/>, the heap including garbage not
/// yet collected (<see cref="GC.GetTotalMemory(bool)"/>), and <see cref="PeakAfterGcBytes"/>, the heap size the last
/// garbage collection left (<see cref="GCMemoryInfo.HeapSizeBytes"/>), close to what was really alive; and
/// <see cref="PeakWorkingSetBytes"/>, the process's working set (<see cref="Environment.WorkingSet"/>: runtime, JIT code,
/// native buffers and the heap).
/// </summary>
internal sealed class PeakMemorySampler : IDisposable
{
    private readonly Timer _timer;
    private long _peak;
    private long _peakAfterGc;
    private long _peakWorkingSet;

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

    public long PeakWorkingSetBytes
    {
        get
        {
            Sample();
            return Interlocked.Read(ref _peakWorkingSet);
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
        Raise(ref _peakWorkingSet, Environment.WorkingSet);
    }
}
