using System.Collections.Concurrent;

namespace GenesysCloud.Emulator;

/// <summary>Thread-safe, append-only log of recorded requests.</summary>
internal sealed class RequestRecorder
{
    private readonly ConcurrentQueue<RecordedRequest> requests = new();

    public IReadOnlyList<RecordedRequest> Snapshot() => requests.ToArray();

    public void Add(RecordedRequest request) => requests.Enqueue(request);

    public void Clear() => requests.Clear();
}
