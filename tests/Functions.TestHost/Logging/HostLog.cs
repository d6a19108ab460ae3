using System.Diagnostics;
using Functions.TestHost.Protocol;
using Microsoft.Extensions.Logging;

namespace Functions.TestHost.Logging;

/// <summary>
/// Every line of a test-host run in arrival order: the host's own lines, the worker's <c>RpcLog</c> messages and the
/// worker process's stdout and stderr. Thread-safe; an optional sink sees each line as it arrives.
/// </summary>
public sealed class HostLog
{
    private readonly Lock _gate = new();
    private readonly List<HostLogLine> _lines = [];
    private readonly Action<HostLogLine>? _sink;
    private readonly long _startedAt = Stopwatch.GetTimestamp();

    internal HostLog(Action<HostLogLine>? sink) => _sink = sink;

    /// <summary>A copy of the lines so far.</summary>
    public IReadOnlyList<HostLogLine> Lines
    {
        get
        {
            lock (_gate)
            {
                return [.. _lines];
            }
        }
    }

    /// <summary>Lines at <paramref name="level"/> or above.</summary>
    public IReadOnlyList<HostLogLine> AtOrAbove(LogLevel level) => Lines.Where(line => line.Level >= level && line.Level != LogLevel.None).ToList();

    /// <summary>Lines of one invocation.</summary>
    public IReadOnlyList<HostLogLine> ForInvocation(string invocationId)
        => Lines.Where(line => string.Equals(line.InvocationId, invocationId, StringComparison.Ordinal)).ToList();

    internal TimeSpan Elapsed => Stopwatch.GetElapsedTime(_startedAt);

    internal void Host(LogLevel level, string message, string? invocationId = null)
        => Add(new HostLogLine(Elapsed, HostLogSource.Host, level, "Functions.TestHost", message, invocationId));

    internal void Worker(RpcLog log)
    {
        if (log.LogCategory == RpcLog.Types.RpcLogCategory.CustomMetric)
        {
            return;
        }

        var exception = log.Exception is { } e ? $"{e.Type}: {e.Message}" : null;
        Add(new HostLogLine(Elapsed, HostLogSource.Worker, ToLevel(log.Level), log.Category, log.Message,
            string.IsNullOrEmpty(log.InvocationId) ? null : log.InvocationId, exception));
    }

    internal void Output(HostLogSource source, string line)
        => Add(new HostLogLine(Elapsed, source, source == HostLogSource.WorkerStderr ? LogLevel.Error : LogLevel.Information, "Worker.Process", line));

    private void Add(HostLogLine line)
    {
        lock (_gate)
        {
            _lines.Add(line);
        }

        _sink?.Invoke(line);
    }

    private static LogLevel ToLevel(RpcLog.Types.Level level) => level switch
    {
        RpcLog.Types.Level.Trace => LogLevel.Trace,
        RpcLog.Types.Level.Debug => LogLevel.Debug,
        RpcLog.Types.Level.Information => LogLevel.Information,
        RpcLog.Types.Level.Warning => LogLevel.Warning,
        RpcLog.Types.Level.Error => LogLevel.Error,
        RpcLog.Types.Level.Critical => LogLevel.Critical,
        _ => LogLevel.None,
    };
}
