using System.Collections.Concurrent;

namespace Emulators.Hosting;

/// <summary>Thread-safe, append-only log of recorded requests, redacted by the emulator's <see cref="RequestRedaction"/>.</summary>
public sealed class RequestRecorder
{
    private readonly ConcurrentQueue<RecordedRequest> requests = new();

    /// <summary>Creates a recorder that applies <paramref name="redaction"/>.</summary>
    public RequestRecorder(RequestRedaction redaction)
    {
        ArgumentNullException.ThrowIfNull(redaction);
        Redaction = redaction;
    }

    /// <summary>What is secret in a request.</summary>
    public RequestRedaction Redaction { get; }

    /// <summary>The requests as stored (raw or redacted, per <see cref="RequestRedaction.RedactWhenRecorded"/>), in recording order.</summary>
    public IReadOnlyList<RecordedRequest> Snapshot() => requests.ToArray();

    /// <summary>The requests with every secret redacted, for anything that leaves the process.</summary>
    public IReadOnlyList<RecordedRequest> RedactedSnapshot() => [.. requests.Select(Redaction.Apply)];

    /// <summary>Appends a request (redacting it first when the policy says so).</summary>
    public void Add(RecordedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        requests.Enqueue(Redaction.RedactWhenRecorded ? Redaction.Apply(request) : request);
    }

    /// <summary>Forgets every recorded request.</summary>
    public void Clear() => requests.Clear();
}
