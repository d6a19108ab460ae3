using Functions.TestHost.Indexing;
using Functions.TestHost.Invocations;
using Functions.TestHost.Logging;
using Functions.TestHost.Protocol;
using Functions.TestHost.Rpc;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy.Forwarder;

namespace Functions.TestHost.Http;

/// <summary>
/// One HTTP call to a function, as the host makes it with the worker's ASP.NET Core integration (reference §4): a new
/// invocation id, the trigger metadata, the original request forwarded to the worker's Kestrel with
/// <c>x-ms-invocation-id</c> and X-Forwarded-* (YARP), the InvocationRequest with an empty RpcHttp sent without waiting
/// for the forward, and InvocationCancel when the caller leaves. The worker writes the response; YARP copies it back.
/// </summary>
internal sealed class HttpInvocationHandler(
    Uri workerHttpUri,
    IHttpForwarder forwarder,
    HttpMessageInvoker workerClient,
    FunctionInvoker invoker,
    WorkerChannel channel,
    HostLog log)
{
    /// <summary>Response header with the invocation id (test host only), so a test can find the invocation's log lines.</summary>
    public const string InvocationIdResponseHeader = "x-testhost-invocation-id";

    /// <summary>
    /// Request header (test host only, at most 10000): hold the forwarded request this many milliseconds after the
    /// InvocationRequest went out, so that a test can have the caller leave while the worker waits for the request,
    /// as when a caller closes right after sending. The header is not forwarded.
    /// </summary>
    public const string HoldForwardHeader = "x-testhost-hold-forward-ms";

    /// <summary>
    /// Request header (test host only): never forward the request, as when the host's forwarder fails before the worker
    /// receives anything; the worker's integration then waits for it until its own timeout. The caller gets 502 once
    /// the invocation has ended, as from a failed forward.
    /// </summary>
    public const string SkipForwardHeader = "x-testhost-skip-forward";

    private static readonly ForwarderRequestConfig RequestConfig = new() { ActivityTimeout = TimeSpan.FromSeconds(240) };

    public async Task HandleAsync(HttpContext context, IReadOnlyList<HostedFunction> candidates)
    {
        var method = context.Request.Method.ToLowerInvariant();
        var function = candidates.FirstOrDefault(f => f.Methods.Count == 0 || f.Methods.Contains(method, StringComparer.Ordinal));
        if (function is null)
        {
            // The host's routes carry an HTTP-method constraint: a wrong method matches no route.
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        Dictionary<string, TypedData> triggerMetadata;
        try
        {
            triggerMetadata = await HttpTriggerMetadata.BuildAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException)
        {
            // The body the host reads for binding data broke off: the call never reaches the worker.
            log.Host(LogLevel.Information, $"{function.Name}: the request body could not be read ({exception.GetType().Name}: {exception.Message})");
            if (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
            {
                context.Response.StatusCode = exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status400BadRequest;
            }

            return;
        }

        var record = invoker.Begin(function, "http", TraceParent.ContinueOrStart(context.Request.Headers[TraceParent.HeaderName]));
        if (context.RequestAborted.IsCancellationRequested)
        {
            // The caller left before anything was sent: the host cancels locally and the worker never hears of it.
            invoker.CancelLocally(record);
            return;
        }

        context.Response.OnStarting(() =>
        {
            context.Response.Headers[InvocationIdResponseHeader] = record.InvocationId;
            return Task.CompletedTask;
        });
        var request = FunctionInvoker.CreateRequest(function, record, new TypedData { Http = new RpcHttp() });
        request.TriggerMetadata.Add(triggerMetadata);

        var forwarding = ForwardAsync(context, record, HoldOf(context.Request));
        var invocation = invoker.RunAsync(record, request, "This function was programmatically called via the host APIs.");

        // Registered after the InvocationRequest is queued, so an InvocationCancel never overtakes it on the stream.
        using (context.RequestAborted.Register(() =>
        {
            record.CancelSent = true;
            channel.Cancel(record.InvocationId);
        }))
        {
            var error = await forwarding.ConfigureAwait(false);
            record.ForwarderError = error.ToString();
            if (error != ForwarderError.None)
            {
                LogForwarderError(function, record, error, context.GetForwarderErrorFeature()?.Exception, skipped: context.Request.Headers.ContainsKey(SkipForwardHeader));
            }

            await invocation.ConfigureAwait(false);
        }

        record.HttpStatusCode = context.RequestAborted.IsCancellationRequested ? 0 : context.Response.StatusCode;
    }

    private async Task<ForwarderError> ForwardAsync(HttpContext context, InvocationRecord record, TimeSpan hold)
    {
        if (context.Request.Headers.ContainsKey(SkipForwardHeader))
        {
            context.Response.StatusCode = StatusCodes.Status502BadGateway;
            return ForwarderError.Request;
        }

        if (hold > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(hold, context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return ForwarderError.RequestCanceled;
            }
        }

        return await forwarder.SendAsync(context, workerHttpUri.ToString(), workerClient, RequestConfig, new InvocationTransformer(record.InvocationId, record.TraceParent)).ConfigureAwait(false);
    }

    // The test knob HoldForwardHeader: how long to keep the request from the worker (removed before forwarding).
    private static TimeSpan HoldOf(HttpRequest request)
    {
        if (request.Headers.TryGetValue(HoldForwardHeader, out var value)
            && int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var milliseconds))
        {
            request.Headers.Remove(HoldForwardHeader);
            return TimeSpan.FromMilliseconds(Math.Min(milliseconds, 10_000));
        }

        return TimeSpan.Zero;
    }

    // Errors the caller caused (it left, or its body broke off) are Information; anything else is the host's or the
    // worker's fault. The real host fails the invocation on every ForwarderError (GrpcWorkerChannel); this host keeps
    // the worker's verdict in the record so that a test can tell the app's behaviour from the host's.
    private void LogForwarderError(HostedFunction function, InvocationRecord record, ForwarderError error, Exception? exception, bool skipped)
    {
        var callerCaused = skipped || error is ForwarderError.RequestCanceled or ForwarderError.RequestBodyCanceled or ForwarderError.RequestBodyClient
            or ForwarderError.ResponseBodyCanceled or ForwarderError.ResponseBodyClient;
        log.Host(
            callerCaused ? LogLevel.Information : LogLevel.Error,
            $"{function.Name}: forwarding ended with ForwarderError {error}" + (exception is null ? string.Empty : $" ({exception.GetType().Name}: {exception.Message})"),
            record.InvocationId);
    }
}
