using System.Diagnostics;
using System.Globalization;
using Functions.TestHost.Logging;

namespace Functions.TestHost.Launch;

/// <summary>
/// The worker process: <c>setsid dotnet &lt;App&gt;.dll</c> with the host's RPC arguments (reference §2), working
/// directory = the app folder, stdout and stderr captured line by line into the <see cref="HostLog"/>. It runs in its
/// own session, and only this process (and its children) is ever stopped, by its id.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private const string MaxMessageLength = "2147483647";
    private readonly Process _process;
    private readonly Lock _gate = new();
    private readonly List<string> _standardError = [];

    private WorkerProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public Task Exited { get; private set; } = Task.CompletedTask;

    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    public IReadOnlyList<string> StandardError
    {
        get
        {
            lock (_gate)
            {
                return [.. _standardError];
            }
        }
    }

    public static WorkerProcess Start(WorkerConfig config, string appDirectory, Uri rpcUri, string workerId, string requestId, IReadOnlyDictionary<string, string> environment, HostLog log)
    {
        var start = new ProcessStartInfo("setsid")
        {
            WorkingDirectory = appDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add(config.ExecutablePath);
        foreach (var argument in config.Arguments.Append(config.WorkerPath).Concat(config.WorkerArguments).Concat(RpcArguments(rpcUri, workerId, requestId)))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Clear();
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var worker = new WorkerProcess(process);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                log.Output(HostLogSource.WorkerStdout, line);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                lock (worker._gate)
                {
                    worker._standardError.Add(line);
                }

                log.Output(HostLogSource.WorkerStderr, line);
            }
        };

        if (!process.Start())
        {
            throw new WorkerStartException($"{config.ExecutablePath} did not start.");
        }

        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        worker.Exited = process.WaitForExitAsync();
        log.Host(Microsoft.Extensions.Logging.LogLevel.Information,
            $"Worker process started: {config.ExecutablePath} {Path.GetFileName(config.WorkerPath)} (process {process.Id})");
        return worker;
    }

    /// <summary>Waits up to <paramref name="timeout"/> for the process to exit by itself, then kills its process tree.</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        try
        {
            await Exited.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            Kill();
            await Exited.WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }
    }

    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Exited meanwhile.
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    // Worker 2.x reads the --functions-* switches; 1.x read the short names (reference §2). Both are sent, as the host does.
    private static string[] RpcArguments(Uri rpcUri, string workerId, string requestId) =>
    [
        "--host", rpcUri.Host,
        "--port", rpcUri.Port.ToString(CultureInfo.InvariantCulture),
        "--workerId", workerId,
        "--requestId", requestId,
        "--grpcMaxMessageLength", MaxMessageLength,
        "--functions-uri", rpcUri.ToString(),
        "--functions-worker-id", workerId,
        "--functions-request-id", requestId,
        "--functions-grpc-max-message-length", MaxMessageLength,
    ];
}
