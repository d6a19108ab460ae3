using System.Diagnostics;
using Functions.TestHost.Http;
using Functions.TestHost.Indexing;
using Functions.TestHost.Invocations;
using Functions.TestHost.Launch;
using Functions.TestHost.Logging;
using Functions.TestHost.Protocol;
using Functions.TestHost.Rpc;
using Functions.TestHost.Timers;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Logging;

namespace Functions.TestHost;

/// <summary>
/// A minimal Azure Functions host for one .NET isolated worker (shared/reference/functions-host-protocol.md): it
/// launches <c>dotnet &lt;App&gt;.dll</c> from the app's build output as the host does, serves the gRPC stream the
/// worker dials, indexes and loads every function, forwards HTTP calls to the worker's ASP.NET Core pipeline, fires
/// timers on demand and stops the worker with WorkerTerminate. It leaves out keys, host storage, scaling and restarts.
/// Everything listens on 127.0.0.1.
/// </summary>
public sealed class FunctionsTestHost : IAsyncDisposable
{
    /// <summary>The grace period sent with WorkerTerminate, as the host's (5 s).</summary>
    public static readonly TimeSpan TerminateGracePeriod = TimeSpan.FromSeconds(5);

    /// <summary>The host_version sent in WorkerInitRequest.</summary>
    public const string HostVersion = "4.1037.0";

    private readonly RpcServer _rpc;
    private readonly HttpFrontEnd _http;
    private readonly WorkerProcess _worker;
    private readonly WorkerChannel _channel;
    private readonly FunctionInvoker _invoker;
    private readonly TimerInvoker _timers;
    private readonly HttpMessageInvoker _workerClient;
    private int _disposed;

    private FunctionsTestHost(Parts parts, IReadOnlyList<HostedFunction> functions, StartupTimings timings, IReadOnlyDictionary<string, string> capabilities)
    {
        (_rpc, _http, _worker, _channel, Log, _workerClient) = (parts.Rpc!, parts.Http!, parts.Worker!, parts.Channel, parts.Log, parts.WorkerClient);
        _invoker = parts.Invoker!;
        _timers = parts.Timers!;
        Functions = functions;
        Timings = timings;
        WorkerCapabilities = capabilities;
        LaunchedAt = parts.LaunchedAt;
    }

    /// <summary><c>http://127.0.0.1:&lt;port&gt;/</c>: routes are <c>api/...</c> below it, timers <c>admin/functions/{name}</c>.</summary>
    public Uri BaseAddress => _http.Address;

    /// <summary>Every function the worker indexed, all loaded.</summary>
    public IReadOnlyList<HostedFunction> Functions { get; }

    /// <summary>Every line of the run: host, worker RpcLog, stdout, stderr.</summary>
    public HostLog Log { get; }

    /// <summary>Start-up steps, measured from the launch.</summary>
    public StartupTimings Timings { get; }

    /// <summary>The <see cref="Stopwatch"/> timestamp of the worker's launch, to measure later steps (a first answer) from it.</summary>
    public long LaunchedAt { get; }

    /// <summary>The capabilities the worker announced in WorkerInitResponse (<c>HttpUri</c> ...).</summary>
    public IReadOnlyDictionary<string, string> WorkerCapabilities { get; }

    /// <summary>Every invocation so far.</summary>
    public IReadOnlyList<InvocationRecord> Invocations => _invoker.Records;

    /// <summary>The worker's exit code once it has exited.</summary>
    public int? WorkerExitCode => _worker.ExitCode;

    /// <summary>The worker's process id.</summary>
    public int WorkerProcessId => _worker.Id;

    /// <summary>Launches the worker and completes when every function is loaded.</summary>
    /// <exception cref="WorkerStartException">The worker exited, broke the protocol, or a function failed to index or load.</exception>
    public static async Task<FunctionsTestHost> StartAsync(FunctionsTestHostOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var appDirectory = Path.GetFullPath(options.AppDirectory);
        var config = WorkerConfig.Read(appDirectory);
        var routePrefix = HostJson.RoutePrefix(appDirectory);
        var log = new HostLog(options.OnLog);
        var channel = new WorkerChannel(log);
        var parts = new Parts { Log = log, Channel = channel, WorkerClient = CreateWorkerClient() };
        try
        {
            parts.Rpc = await RpcServer.StartAsync(channel, cancellationToken).ConfigureAwait(false);
            parts.Http = await HttpFrontEnd.StartAsync(cancellationToken).ConfigureAwait(false);
            var environment = WorkerEnvironment.Compose(appDirectory, options);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.StartTimeout);

            parts.LaunchedAt = Stopwatch.GetTimestamp();
            var workerId = Guid.NewGuid().ToString();
            var worker = WorkerProcess.Start(config, appDirectory, parts.Rpc.Address, workerId, Guid.NewGuid().ToString(), environment, log);
            parts.Worker = worker;
            _ = worker.Exited.ContinueWith(_ => channel.Fail(Exited(worker)), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);

            var start = await channel.StartStream.WaitAsync(timeout.Token).ConfigureAwait(false);
            if (!string.Equals(start.WorkerId, workerId, StringComparison.Ordinal))
            {
                throw new WorkerStartException($"StartStream named worker '{start.WorkerId}', not '{workerId}'.");
            }

            var startStream = Stopwatch.GetElapsedTime(parts.LaunchedAt);
            log.Host(LogLevel.Information, "StartStream received");
            var init = (await channel.RequestAsync(InitRequest(appDirectory), WorkerChannel.InitKey, TimeSpan.FromSeconds(10), timeout.Token).ConfigureAwait(false)).WorkerInitResponse;
            RequireSuccess(init.Result, "WorkerInitRequest");
            var initialized = Stopwatch.GetElapsedTime(parts.LaunchedAt);

            var metadata = (await channel.RequestAsync(
                new StreamingMessage { FunctionsMetadataRequest = new FunctionsMetadataRequest { FunctionAppDirectory = appDirectory } },
                WorkerChannel.MetadataKey, TimeSpan.FromMinutes(1), timeout.Token).ConfigureAwait(false)).FunctionMetadataResponse;
            var received = Stopwatch.GetElapsedTime(parts.LaunchedAt);
            var functions = FunctionIndexer.Index(metadata, name => WorkerEnvironment.Setting(environment, name));
            await Task.WhenAll(functions.Select(f => LoadAsync(channel, f, timeout.Token))).ConfigureAwait(false);
            var loaded = Stopwatch.GetElapsedTime(parts.LaunchedAt);

            if (functions.Any(f => f.IsHttp) && !init.Capabilities.ContainsKey("HttpUri"))
            {
                throw new WorkerStartException("The worker has HTTP functions but announced no HttpUri capability (ConfigureFunctionsWebApplication); this host forwards HTTP calls only.");
            }

            parts.Invoker = new FunctionInvoker(channel, log, options.InvocationTimeout);
            parts.Timers = new TimerInvoker(parts.Invoker, options.Time);
            var handler = init.Capabilities.TryGetValue("HttpUri", out var httpUri)
                ? new HttpInvocationHandler(new Uri(httpUri), parts.Http.Forwarder, parts.WorkerClient, parts.Invoker, channel, log)
                : null;
            parts.Http.Publish(functions, routePrefix, handler, parts.Timers);

            var timings = new StartupTimings(startStream, initialized, received, loaded);
            log.Host(LogLevel.Information, $"Host started: {functions.Count} functions loaded {loaded.TotalMilliseconds:F0} ms after the launch");
            return new FunctionsTestHost(parts, functions, timings, new Dictionary<string, string>(init.Capabilities, StringComparer.Ordinal));
        }
        catch (Exception exception)
        {
            var failure = parts.Worker is { } started ? await ExplainAsync(started, exception).ConfigureAwait(false) : exception;
            await parts.DisposeAsync().ConfigureAwait(false);
            if (ReferenceEquals(failure, exception))
            {
                throw;
            }

            throw failure;
        }
    }

    /// <summary>Fires the timer function <paramref name="name"/> once and waits for it to end.</summary>
    public Task<InvocationRecord> FireTimerAsync(string name)
    {
        var function = Functions.SingleOrDefault(f => f.IsTimer && string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"No timer function '{name}' is loaded.", nameof(name));
        return _timers.FireAsync(function);
    }

    /// <summary>The record of invocation <paramref name="invocationId"/>, once it has ended.</summary>
    public async Task<InvocationRecord> WaitForInvocationAsync(string invocationId, TimeSpan timeout)
    {
        var record = Invocations.SingleOrDefault(r => r.InvocationId == invocationId)
            ?? throw new ArgumentException($"No invocation {invocationId} was started.", nameof(invocationId));
        await record.Completed.WaitAsync(timeout).ConfigureAwait(false);
        return record;
    }

    /// <summary>Sends WorkerTerminate, waits up to the grace period for the worker to exit (then kills it), and stops listening.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        if (_worker.ExitCode is null)
        {
            _channel.Send(new StreamingMessage { WorkerTerminate = new WorkerTerminate { GracePeriod = Duration.FromTimeSpan(TerminateGracePeriod) } });
            await _worker.StopAsync(TerminateGracePeriod).ConfigureAwait(false);
            Log.Host(LogLevel.Information, $"Worker exited with code {_worker.ExitCode}");
        }

        await new Parts { Rpc = _rpc, Http = _http, Worker = _worker, WorkerClient = _workerClient, Log = Log, Channel = _channel }.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task LoadAsync(WorkerChannel channel, HostedFunction function, CancellationToken cancellationToken)
    {
        var reply = await channel.RequestAsync(
            new StreamingMessage { FunctionLoadRequest = new FunctionLoadRequest { FunctionId = function.FunctionId, Metadata = function.LoadMetadata } },
            WorkerChannel.LoadKey(function.FunctionId), TimeSpan.FromMinutes(1), cancellationToken).ConfigureAwait(false);
        RequireSuccess(reply.FunctionLoadResponse.Result, $"FunctionLoadRequest for {function.Name}");
    }

    private static StreamingMessage InitRequest(string appDirectory) => new()
    {
        WorkerInitRequest = new WorkerInitRequest { HostVersion = HostVersion, WorkerDirectory = appDirectory, FunctionAppDirectory = appDirectory },
    };

    private static void RequireSuccess(StatusResult? result, string step)
    {
        if (result?.Status != StatusResult.Types.Status.Success)
        {
            var detail = result?.Exception is { } e ? $"{e.Type}: {e.Message}" : result?.Result;
            throw new WorkerStartException($"The worker failed {step}: {detail}");
        }
    }

    private static HttpMessageInvoker CreateWorkerClient() => new(new ConnectRetryHandler(new SocketsHttpHandler
    {
        UseProxy = false,
        AllowAutoRedirect = false,
        AutomaticDecompression = System.Net.DecompressionMethods.None,
        UseCookies = false,
        // The transformer sets traceparent itself; no activity of the host's own may overwrite it.
        ActivityHeadersPropagator = null,
        ConnectTimeout = TimeSpan.FromSeconds(15),
    }));

    private static WorkerStartException Exited(WorkerProcess worker)
        => new($"The worker exited with code {worker.ExitCode} during the run.") { ExitCode = worker.ExitCode, StandardError = worker.StandardError };

    // A worker that exits during start-up says why on stderr (e.g. an OptionsValidationException naming the setting);
    // that, not the protocol error it caused, is the failure to report.
    private static async Task<Exception> ExplainAsync(WorkerProcess worker, Exception exception)
    {
        try
        {
            await worker.Exited.WaitAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return exception;
        }

        var stderr = worker.StandardError;
        var firstLines = string.Join(Environment.NewLine, stderr.Take(20));
        return new WorkerStartException($"The worker exited with code {worker.ExitCode} during start-up.{Environment.NewLine}{firstLines}", exception)
        {
            ExitCode = worker.ExitCode,
            StandardError = stderr,
        };
    }

    private sealed class Parts : IAsyncDisposable
    {
        public required HostLog Log { get; init; }

        public required WorkerChannel Channel { get; init; }

        public required HttpMessageInvoker WorkerClient { get; init; }

        public RpcServer? Rpc { get; set; }

        public HttpFrontEnd? Http { get; set; }

        public WorkerProcess? Worker { get; set; }

        public FunctionInvoker? Invoker { get; set; }

        public TimerInvoker? Timers { get; set; }

        public long LaunchedAt { get; set; }

        public async ValueTask DisposeAsync()
        {
            Worker?.Dispose();
            WorkerClient.Dispose();
            if (Http is not null)
            {
                await Http.DisposeAsync().ConfigureAwait(false);
            }

            if (Rpc is not null)
            {
                await Rpc.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
