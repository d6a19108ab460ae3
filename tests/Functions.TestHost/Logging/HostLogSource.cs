namespace Functions.TestHost.Logging;

/// <summary>Where a <see cref="HostLogLine"/> came from.</summary>
public enum HostLogSource
{
    /// <summary>The test host itself (start-up steps, "Executing"/"Executed" per invocation).</summary>
    Host,

    /// <summary>An <c>RpcLog</c> the worker sent over the stream (its <c>ILogger</c> output).</summary>
    Worker,

    /// <summary>A line the worker process wrote to standard output.</summary>
    WorkerStdout,

    /// <summary>A line the worker process wrote to standard error.</summary>
    WorkerStderr,
}
