using System.Collections.Concurrent;
using System.Diagnostics;
using Functions.TestHost.Indexing;
using Functions.TestHost.Logging;
using Functions.TestHost.Protocol;
using Functions.TestHost.Rpc;
using Microsoft.Extensions.Logging;

namespace Functions.TestHost.Invocations;

/// <summary>
/// Sends InvocationRequests and records how each ended. Logs "Executing" and "Executed" per invocation as the host
/// does; "Executed" is an Error only when the worker itself reported a failure (an unset status counts as Failure,
/// reference §3).
/// </summary>
internal sealed class FunctionInvoker(WorkerChannel channel, HostLog log, TimeSpan timeout)
{
    private readonly ConcurrentQueue<InvocationRecord> _records = new();

    public IReadOnlyList<InvocationRecord> Records => [.. _records];

    public InvocationRecord Begin(HostedFunction function, string trigger, string traceParent)
    {
        var record = new InvocationRecord(function.Name, Guid.NewGuid().ToString(), trigger, traceParent);
        _records.Enqueue(record);
        return record;
    }

    public static InvocationRequest CreateRequest(HostedFunction function, InvocationRecord record, TypedData trigger)
    {
        var request = new InvocationRequest
        {
            InvocationId = record.InvocationId,
            FunctionId = function.FunctionId,
            TraceContext = new RpcTraceContext { TraceParent = record.TraceParent },
        };
        request.InputData.Add(new ParameterBinding { Name = function.TriggerBindingName, Data = trigger });
        return request;
    }

    /// <summary>Ends an invocation whose caller left before it was sent; the worker never hears of it.</summary>
    public void CancelLocally(InvocationRecord record)
    {
        record.Complete(InvocationStatus.Cancelled, "the caller left before the invocation was sent", TimeSpan.Zero);
        log.Host(LogLevel.Information, $"Executed 'Functions.{record.FunctionName}' (Cancelled locally, Id={record.InvocationId}): the caller left first", record.InvocationId);
    }

    public async Task RunAsync(InvocationRecord record, InvocationRequest request, string reason)
    {
        log.Host(LogLevel.Information, $"Executing 'Functions.{record.FunctionName}' (Reason='{reason}', Id={record.InvocationId})", record.InvocationId);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var reply = await channel.RequestAsync(new StreamingMessage { InvocationRequest = request }, WorkerChannel.InvocationKey(record.InvocationId), timeout).ConfigureAwait(false);
            var result = reply.InvocationResponse.Result;
            var status = result?.Status switch
            {
                StatusResult.Types.Status.Success => InvocationStatus.Succeeded,
                StatusResult.Types.Status.Cancelled => InvocationStatus.Cancelled,
                _ => InvocationStatus.Failed,
            };
            record.Complete(status, result?.Exception is { } e ? $"{e.Type}: {e.Message}" : null, Stopwatch.GetElapsedTime(started));
        }
        catch (Exception exception) when (exception is TimeoutException or WorkerStartException)
        {
            record.Complete(InvocationStatus.Failed, exception.Message, Stopwatch.GetElapsedTime(started));
        }

        log.Host(
            record.Status == InvocationStatus.Failed ? LogLevel.Error : LogLevel.Information,
            $"Executed 'Functions.{record.FunctionName}' ({record.Status}, Id={record.InvocationId}, Duration={record.Duration.TotalMilliseconds:F0}ms)"
                + (record.Exception is null ? string.Empty : " " + record.Exception),
            record.InvocationId);
    }
}
