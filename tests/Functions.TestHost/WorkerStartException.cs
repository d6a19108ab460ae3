namespace Functions.TestHost;

/// <summary>The worker could not be started, did not finish its handshake, or one of its functions failed indexing or loading.</summary>
public sealed class WorkerStartException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WorkerStartException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public WorkerStartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public WorkerStartException()
    {
    }

    /// <summary>The worker's exit code, when it exited during start-up.</summary>
    public int? ExitCode { get; init; }

    /// <summary>What the worker wrote to standard error before it exited.</summary>
    public IReadOnlyList<string> StandardError { get; init; } = [];
}
