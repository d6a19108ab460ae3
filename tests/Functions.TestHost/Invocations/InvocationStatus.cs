namespace Functions.TestHost.Invocations;

/// <summary>How an invocation ended, as the worker reported it in its <c>InvocationResponse</c>.</summary>
public enum InvocationStatus
{
    /// <summary>Still running, or no response arrived.</summary>
    Pending,

    /// <summary><c>StatusResult.Success</c>.</summary>
    Succeeded,

    /// <summary><c>StatusResult.Failure</c> (also an unset status).</summary>
    Failed,

    /// <summary><c>StatusResult.Cancelled</c>.</summary>
    Cancelled,
}
