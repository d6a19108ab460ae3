using Functions.TestHost.Protocol;
using Grpc.Core;

namespace Functions.TestHost.Rpc;

/// <summary><c>AzureFunctionsRpcMessages.FunctionRpc/EventStream</c>: hands the worker's stream to the <see cref="WorkerChannel"/>.</summary>
internal sealed class FunctionRpcService(WorkerChannel channel) : FunctionRpc.FunctionRpcBase
{
    public override Task EventStream(IAsyncStreamReader<StreamingMessage> requestStream, IServerStreamWriter<StreamingMessage> responseStream, ServerCallContext context)
        => channel.RunAsync(requestStream, responseStream, context.CancellationToken);
}
