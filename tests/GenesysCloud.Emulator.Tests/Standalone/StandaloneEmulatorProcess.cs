using System.Collections.Concurrent;
using System.Diagnostics;

namespace GenesysCloud.Emulator.Tests.Standalone;

/// <summary>
/// The emulator started the way a developer runs it (<c>dotnet GenesysCloud.Emulator.dll --urls ...</c>) from the
/// copy in the test output, on 127.0.0.1 port 0; the port is read from the host's "Now listening on" line.
/// Disposing kills exactly this child process.
/// </summary>
internal sealed class StandaloneEmulatorProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly Process process;
    private readonly ConcurrentQueue<string> output;

    private StandaloneEmulatorProcess(Process process, ConcurrentQueue<string> output, Uri baseUrl)
    {
        this.process = process;
        this.output = output;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    /// <summary>Everything the process wrote to stdout and stderr so far.</summary>
    public string Output => string.Join('\n', output);

    public static async Task<StandaloneEmulatorProcess> StartAsync(params string[] extraArguments)
    {
        var startInfo = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        startInfo.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "GenesysCloud.Emulator.dll"));
        startInfo.ArgumentList.Add("--urls");
        startInfo.ArgumentList.Add("http://127.0.0.1:0");
        foreach (var argument in extraArguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["DOTNET_ENVIRONMENT"] = "Development";
        startInfo.Environment["Logging__Console__FormatterName"] = "simple";

        var output = new ConcurrentQueue<string>();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("The emulator exited before it listened."));
        process.Start().ShouldBeTrue();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            var baseUrl = await listening.Task.WaitAsync(StartTimeout, TestContext.Current.CancellationToken);
            return new StandaloneEmulatorProcess(process, output, baseUrl);
        }
        catch (Exception ex)
        {
            Stop(process);
            process.Dispose();
            throw new InvalidOperationException("The standalone emulator did not start:\n" + string.Join('\n', output), ex);
        }

        void OnLine(string? line)
        {
            if (line is null)
            {
                return;
            }

            output.Enqueue(line);
            const string Marker = "Now listening on: ";
            var at = line.IndexOf(Marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                listening.TrySetResult(new Uri(line[(at + Marker.Length)..].Trim().TrimEnd('/') + "/"));
            }
        }
    }

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
