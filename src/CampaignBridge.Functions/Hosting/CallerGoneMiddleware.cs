using CampaignBridge.Functions.Api;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.Functions.Hosting;

/// <summary>
/// The outermost worker middleware (registered before the ASP.NET Core integration): when the host cancels an HTTP
/// invocation because its caller left before the request reached the function (the integration then throws
/// "Function invocation cancelled while waiting for start call"), the invocation ends normally with one Information
/// line instead of an Error and a failed execution. The functions handle a caller that leaves later themselves
/// (<see cref="ApiRequestExecutor"/>, <c>ReceiveOutboundMessage</c>), so nothing reaches this catch twice.
/// </summary>
internal sealed class CallerGoneMiddleware(ILogger<CallerGoneMiddleware> logger) : IFunctionsWorkerMiddleware
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
    }

    private static bool IsHttp(FunctionContext context)
        => context.FunctionDefinition.InputBindings.Values.Any(b => string.Equals(b.Type, HttpTrigger, StringComparison.OrdinalIgnoreCase));

    private static bool IsCancellation(Exception exception) => exception switch
    {
        OperationCanceledException => true,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.All(IsCancellation),
        _ => false,
    };
}
