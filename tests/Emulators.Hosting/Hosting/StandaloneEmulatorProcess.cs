using System.Diagnostics;

namespace Emulators.Hosting;

/// <summary>
/// An emulator started as its own process the way a developer runs it (<c>dotnet X.Emulator.dll --urls http://127.0.0.1:0 …</c>),
/// for tests of the standalone host and for benchmarks that keep the emulator out of the measured process. The port is
/// read from the host's "Now listening on" line; disposing kills exactly this child process (and its children).
/// </summary>
public sealed class StandaloneEmulatorProcess : IAsyncDisposable
{
    /// <summary>How long start waits for the "Now listening on" line.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private const string ListeningMarker = "Now listening on: ";

    private readonly Process process;
    private readonly ProcessOutput output;

    private StandaloneEmulatorProcess(Process process, ProcessOutput output, Uri baseUrl)
    {
        this.process = process;
        this.output = output;
        BaseUrl = baseUrl;
    }

    /// <summary>The origin the process listens on.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Everything the process wrote to stdout and stderr so far.</summary>
    public string Output => output.Text;

    /// <summary>Waits until the output contains <paramref name="text"/> (the console logger writes asynchronously).</summary>
    /// <exception cref="TimeoutException">It did not appear within <paramref name="timeout"/>.</exception>
    public Task WaitForOutputAsync(string text, TimeSpan timeout, CancellationToken ct = default) => output.WaitForAsync(text, timeout, ct);

    /// <summary>Starts <paramref name="assemblyPath"/> with <c>dotnet</c> on 127.0.0.1, port 0, plus <paramref name="arguments"/>, keeping all its output.</summary>
    /// <exception cref="InvalidOperationException">The process exited or did not listen within <see cref="StartTimeout"/>; the message has its output.</exception>
    public static Task<StandaloneEmulatorProcess> StartAsync(string assemblyPath, IEnumerable<string> arguments, CancellationToken ct = default)
        => StartAsync(assemblyPath, arguments, outputLineLimit: null, ct);

    /// <summary>
    /// Starts <paramref name="assemblyPath"/> like <see cref="StartAsync(string, IEnumerable{string}, CancellationToken)"/>, keeping
    /// only the latest <paramref name="outputLineLimit"/> lines of its output (all of them when null).
    /// </summary>
    /// <exception cref="InvalidOperationException">The process exited or did not listen within <see cref="StartTimeout"/>; the message has its output.</exception>
    public static async Task<StandaloneEmulatorProcess> StartAsync(string assemblyPath, IEnumerable<string> arguments, int? outputLineLimit, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(outputLineLimit ?? 1, 1, nameof(outputLineLimit));
        ArgumentException.ThrowIfNullOrEmpty(assemblyPath);
        ArgumentNullException.ThrowIfNull(arguments);
        var startInfo = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(assemblyPath)!,
        };
        startInfo.ArgumentList.Add(assemblyPath);
        startInfo.ArgumentList.Add("--urls");
        startInfo.ArgumentList.Add("http://127.0.0.1:0");
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["DOTNET_ENVIRONMENT"] = "Development";
        startInfo.Environment["Logging__Console__FormatterName"] = "simple";

        var output = new ProcessOutput(outputLineLimit);
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("The emulator exited before it listened."));
        if (!process.Start())
        {
            process.Dispose();
            throw new InvalidOperationException($"Could not start {assemblyPath}.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var baseUrl = await listening.Task.WaitAsync(StartTimeout, ct);
            return new StandaloneEmulatorProcess(process, output, baseUrl);
        }
        catch (Exception ex)
        {
            Stop(process);

            // Exited can fire before the last output lines are read; waiting for the exit also waits for both streams' end,
            // so the message carries what the process said (e.g. the seed problem it stopped on).
            using (var drained = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
            {
                try
                {
                    await process.WaitForExitAsync(drained.Token);
                }
                catch (OperationCanceledException)
                {
                }
            }

            process.Dispose();
            throw new InvalidOperationException("The standalone emulator did not start:\n" + output.Text, ex);
        }

        void OnLine(string? line)
        {
            if (line is null)
            {
                return;
            }

            output.Add(line);
            var at = line.IndexOf(ListeningMarker, StringComparison.Ordinal);
            if (at >= 0)
            {
                listening.TrySetResult(new Uri(line[(at + ListeningMarker.Length)..].Trim().TrimEnd('/') + "/"));
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Stop(process);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await process.WaitForExitAsync(timeout.Token);
        process.Dispose();
    }

    private static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
    }
}
