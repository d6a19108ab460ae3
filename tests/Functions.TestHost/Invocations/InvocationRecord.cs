namespace Functions.TestHost.Invocations;

/// <summary>One invocation the host sent to the worker, and how it ended.</summary>
public sealed class InvocationRecord
{
    private readonly TaskCompletionSource _completed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal InvocationRecord(string functionName, string invocationId, string trigger, string traceParent)
    {
        FunctionName = functionName;
        InvocationId = invocationId;
        Trigger = trigger;
        TraceParent = traceParent;
    }

    /// <summary>The function invoked.</summary>
    public string FunctionName { get; }

    /// <summary>The invocation id (for HTTP also the <c>x-ms-invocation-id</c> header).</summary>
    public string InvocationId { get; }

    /// <summary><c>http</c> or <c>timer</c>.</summary>
    public string Trigger { get; }

    /// <summary>The W3C <c>traceparent</c> sent with the invocation (and the forwarded request).</summary>
    public string TraceParent { get; }

    /// <summary>The worker's verdict.</summary>
    public InvocationStatus Status { get; private set; }

    /// <summary>The exception the worker reported for a failed invocation.</summary>
    public string? Exception { get; private set; }

    /// <summary>HTTP: the status code the caller got (0 when the caller was gone).</summary>
    public int? HttpStatusCode { get; internal set; }

    /// <summary>HTTP: YARP's <c>ForwarderError</c> when forwarding did not complete (<c>None</c> otherwise).</summary>
    public string? ForwarderError { get; internal set; }

    /// <summary>True when the host sent InvocationCancel because the caller left.</summary>
    public bool CancelSent { get; internal set; }

    /// <summary>How long the worker took, from the InvocationRequest to the InvocationResponse.</summary>
    public TimeSpan Duration { get; private set; }

    /// <summary>Completes when the worker's response (or the host's give-up) is recorded.</summary>
    public Task Completed => _completed.Task;

    internal void Complete(InvocationStatus status, string? exception, TimeSpan duration)
    {
        Status = status;
        Exception = exception;
        Duration = duration;
        _completed.TrySetResult();
    }

    /// <inheritdoc />
    public override string ToString()
        => $"{FunctionName} {InvocationId}: {Status}" + (HttpStatusCode is { } code ? $", HTTP {code}" : string.Empty)
           + (ForwarderError is { } error && error != "None" ? $", forwarder {error}" : string.Empty)
           + (Exception is null ? string.Empty : $", {Exception}");
}
