using CampaignBridge.Functions.Api;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.Functions.Hosting;

/// <summary>
/// The outermost worker middleware (registered before the ASP.NET Core integration): when the host cancels an HTTP
/// invocation because its caller left before the request reached the function (the integration then throws
/// "Function invocation cancelled while waiting for start call"), the invocation ends normally with one Information
/// line instead of an Error and a failed execution; when the host never forwards the request at all (the integration
/// times out waiting for it), one Warning. The functions handle a caller that leaves later themselves
/// (<see cref="ApiRequestExecutor"/>, <c>ReceiveOutboundMessage</c>), so nothing reaches this catch twice.
/// </summary>
internal sealed partial class CallerGoneMiddleware(ILogger<CallerGoneMiddleware> logger) : IFunctionsWorkerMiddleware
{
    private const string HttpTrigger = "httpTrigger";

    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception exception) when (context.CancellationToken.IsCancellationRequested && IsCancellation(exception) && IsHttp(context))
        {
            CallerGoneLog.CallerClosedBeforeStart(logger, context.FunctionDefinition.Name);
        }
        catch (TimeoutException exception) when (IsRequestNeverForwarded(exception) && IsHttp(context))
        {
            // The host gave up forwarding the request (a caller whose body broke off before it was sent, or a host
            // fault); the host reports its forwarding error itself. The function never ran, so nothing of ours failed.
            LogRequestNeverArrived(logger, context.FunctionDefinition.Name, context.InvocationId);
        }
    }

    // The ASP.NET Core integration's pairing waits (WA Coordinator/DefaultHttpCoordinator.cs: 15 s for the request to
    // reach its endpoint, 5 s for the HTTP context) end with these messages when the forwarded request never arrives.
    private static bool IsRequestNeverForwarded(TimeoutException exception)
        => exception.Message.StartsWith("Timed out waiting for the function start call", StringComparison.Ordinal)
           || exception.Message.StartsWith("Timed out waiting for the HTTP context", StringComparison.Ordinal);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{FunctionName}: the host never forwarded the HTTP request of invocation {InvocationId} (its body broke off before it was sent, or the host failed); the function did not run")]
    private static partial void LogRequestNeverArrived(ILogger logger, string functionName, string invocationId);

    private static bool IsHttp(FunctionContext context)
        => context.FunctionDefinition.InputBindings.Values.Any(b => string.Equals(b.Type, HttpTrigger, StringComparison.OrdinalIgnoreCase));

    private static bool IsCancellation(Exception exception) => exception switch
    {
        OperationCanceledException => true,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.All(IsCancellation),
        _ => false,
    };
}
