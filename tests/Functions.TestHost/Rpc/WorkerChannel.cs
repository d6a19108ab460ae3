using System.Collections.Concurrent;
using System.Threading.Channels;
using Functions.TestHost.Logging;
using Functions.TestHost.Protocol;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using RpcException = Grpc.Core.RpcException;

namespace Functions.TestHost.Rpc;

/// <summary>
/// The host's end of the worker's one <c>EventStream</c> (reference §3): a single writer loop, a reader that routes
/// each reply to the request waiting for it (init, metadata, a load by function id, an invocation by invocation id,
/// a status probe by request id) and relays <c>RpcLog</c> messages. When the stream or the process ends, every waiting
/// request fails with the reason.
/// </summary>
internal sealed class WorkerChannel
{
    private readonly HostLog _log;
    private readonly Channel<StreamingMessage> _outbound = Channel.CreateUnbounded<StreamingMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, TaskCompletionSource<StreamingMessage>> _pending = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource<StartStream> _startStream = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Exception? _failure;
    private int _attached;

    public WorkerChannel(HostLog log) => _log = log;

    /// <summary>Serves the stream until the worker closes it.</summary>
    public async Task RunAsync(IAsyncStreamReader<StreamingMessage> requests, IServerStreamWriter<StreamingMessage> responses, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _attached, 1) == 1)
        {
            throw new RpcException(new Status(StatusCode.AlreadyExists, "The test host serves one event stream per worker."));
        }

        var writer = WriteAllAsync(responses, cancellationToken);
        try
        {
            while (await requests.MoveNext(cancellationToken).ConfigureAwait(false))
            {
                Dispatch(requests.Current);
            }

            Fail(new WorkerStartException("The worker closed the event stream."));
        }
        catch (Exception exception) when (exception is RpcException or OperationCanceledException or IOException)
        {
            Fail(new WorkerStartException("The event stream broke: " + exception.Message, exception));
        }
        finally
        {
            _outbound.Writer.TryComplete();
        }

        try
        {
            await writer.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RpcException or OperationCanceledException or IOException or InvalidOperationException)
        {
            // The worker is gone; nothing more can be written.
        }
    }

    public Task<StartStream> StartStream => _startStream.Task;

    /// <summary>Sends <paramref name="message"/> and waits for the reply that <paramref name="key"/> names.</summary>
    public async Task<StreamingMessage> RequestAsync(StreamingMessage message, string key, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var reply = new TaskCompletionSource<StreamingMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_pending.TryAdd(key, reply))
        {
            throw new InvalidOperationException($"A request for '{key}' is already waiting.");
        }

        try
        {
            if (Volatile.Read(ref _failure) is { } failure)
            {
                throw failure;
            }

            Send(message);
            return await reply.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The worker did not answer {message.ContentCase} ({key}) within {timeout.TotalSeconds:F0} s.");
        }
        finally
        {
            _pending.TryRemove(key, out _);
        }
    }

    /// <summary>Sends a message that has no reply the host waits for (InvocationCancel, WorkerTerminate).</summary>
    public void Send(StreamingMessage message) => _outbound.Writer.TryWrite(message);

    public void Cancel(string invocationId)
        => Send(new StreamingMessage { InvocationCancel = new InvocationCancel { InvocationId = invocationId, GracePeriod = Duration.FromTimeSpan(TimeSpan.Zero) } });

    /// <summary>Fails every waiting request (and all later ones) with <paramref name="failure"/>.</summary>
    public void Fail(Exception failure)
    {
        Interlocked.CompareExchange(ref _failure, failure, null);
        _startStream.TrySetException(failure);
        foreach (var waiting in _pending.Values)
        {
            waiting.TrySetException(failure);
        }
    }

    public static string InitKey => "init";

    public static string MetadataKey => "metadata";

    public static string LoadKey(string functionId) => "load:" + functionId;

    public static string InvocationKey(string invocationId) => "invocation:" + invocationId;

    public static string StatusKey(string requestId) => "status:" + requestId;

    private async Task WriteAllAsync(IServerStreamWriter<StreamingMessage> responses, CancellationToken cancellationToken)
    {
        await foreach (var message in _outbound.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            await responses.WriteAsync(message, cancellationToken).ConfigureAwait(false);
        }
    }

    private void Dispatch(StreamingMessage message)
    {
        switch (message.ContentCase)
        {
            case StreamingMessage.ContentOneofCase.StartStream:
                _startStream.TrySetResult(message.StartStream);
                break;
            case StreamingMessage.ContentOneofCase.WorkerInitResponse:
                Complete(InitKey, message);
                break;
            case StreamingMessage.ContentOneofCase.FunctionMetadataResponse:
                Complete(MetadataKey, message);
                break;
            case StreamingMessage.ContentOneofCase.FunctionLoadResponse:
                Complete(LoadKey(message.FunctionLoadResponse.FunctionId), message);
                break;
            case StreamingMessage.ContentOneofCase.InvocationResponse:
                Complete(InvocationKey(message.InvocationResponse.InvocationId), message);
                break;
            case StreamingMessage.ContentOneofCase.WorkerStatusResponse:
                Complete(StatusKey(message.RequestId), message);
                break;
            case StreamingMessage.ContentOneofCase.RpcLog:
                _log.Worker(message.RpcLog);
                break;
            default:
                // The worker answers WorkerTerminate and InvocationCancel with an empty message (reference §3).
                break;
        }
    }

    private void Complete(string key, StreamingMessage message)
    {
        if (_pending.TryGetValue(key, out var waiting))
        {
            waiting.TrySetResult(message);
        }
        else
        {
            _log.Host(Microsoft.Extensions.Logging.LogLevel.Warning, $"The worker sent {message.ContentCase} for '{key}', which nothing was waiting for.");
        }
    }
}
