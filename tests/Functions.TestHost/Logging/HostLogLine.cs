using Microsoft.Extensions.Logging;

namespace Functions.TestHost.Logging;

/// <summary>One log line of a test-host run.</summary>
/// <param name="Elapsed">Time since the host started.</param>
/// <param name="Source">Who wrote it.</param>
/// <param name="Level">Its level (stderr lines count as <see cref="LogLevel.Error"/>, stdout lines as Information).</param>
/// <param name="Category">Logger category (the worker's logger name for <see cref="HostLogSource.Worker"/>).</param>
/// <param name="Message">The formatted message.</param>
/// <param name="InvocationId">The invocation the line belongs to, when the worker or host said so.</param>
/// <param name="Exception">Exception type and message, when one was logged.</param>
public sealed record HostLogLine(
    TimeSpan Elapsed,
    HostLogSource Source,
    LogLevel Level,
    string Category,
    string Message,
    string? InvocationId = null,
    string? Exception = null)
{
    /// <summary>All text of the line (message and exception), for scans.</summary>
    public string Text => Exception is null ? Message : Message + " " + Exception;

    /// <inheritdoc />
    public override string ToString()
        => $"{Elapsed.TotalSeconds,8:F3}s {Source,-12} {Level,-11} {Category}: {Text}" + (InvocationId is null ? string.Empty : $" [invocation {InvocationId}]");
}
