using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace CampaignBridge.Testing.Storage;

/// <summary>
/// A private Azurite: <c>setsid node node_modules/.bin/azurite</c> in memory on free loopback ports, stopped by its own
/// process id. It never borrows an Azurite already listening on 10000-10002, because test projects run in parallel
/// and another project's Azurite can stop under us. To use a running one anyway, set <c>CAMPAIGNBRIDGE_AZURITE_PORTS</c>
/// to "blob,queue,table" (e.g. "10000,10001,10002"); it is then neither started nor stopped here.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    /// <summary>The well-known development account key (public; Azurite's default).</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>Names ports of an Azurite that is already running, as "blob,queue,table".</summary>
    public const string PortsVariable = "CAMPAIGNBRIDGE_AZURITE_PORTS";

    private const string AccountName = "devstoreaccount1";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    private Process? _process;
    private readonly string? _workingDirectory;

    private AzuriteProcess(Process? process, string? workingDirectory, int blobPort, int queuePort, int tablePort)
    {
        _process = process;
        _workingDirectory = workingDirectory;
        (BlobPort, QueuePort, TablePort) = (blobPort, queuePort, tablePort);
    }

    /// <summary>The id of the Azurite process this instance started; null when it attached to a running one.</summary>
    public int? ProcessId => _process?.Id;

    /// <summary>The blob service port on 127.0.0.1.</summary>
    public int BlobPort { get; }

    /// <summary>The queue service port on 127.0.0.1.</summary>
    public int QueuePort { get; }

    /// <summary>The table service port on 127.0.0.1.</summary>
    public int TablePort { get; }

    /// <summary>A connection string for this Azurite.</summary>
    public string ConnectionString => ConnectionStringFor(AccountKey, BlobPort, QueuePort, TablePort);

    /// <summary>The same endpoints with a wrong (but well-formed) account key: every call is refused with 403.</summary>
    public string ConnectionStringWithWrongKey => ConnectionStringFor(Convert.ToBase64String(new byte[64]), BlobPort, QueuePort, TablePort);

    /// <summary>Endpoints where nothing listens: every call fails to connect, as when Azurite or Storage is down.</summary>
    public static string UnreachableConnectionString()
    {
        var port = FreePort();
        return ConnectionStringFor(AccountKey, port, port, port);
    }

    /// <summary>A fresh suffix, valid in queue and table names, so each test gets its own queues and tables.</summary>
    public static string UniqueSuffix() => Guid.NewGuid().ToString("N")[..12];

    /// <summary>Starts Azurite (or attaches to the one <see cref="PortsVariable"/> names) and waits until it listens.</summary>
    public static async Task<AzuriteProcess> StartAsync()
    {
        if (Environment.GetEnvironmentVariable(PortsVariable)?.Split(',') is [var blob, var queue, var table])
        {
            var attached = new AzuriteProcess(null, null, ParsePort(blob), ParsePort(queue), ParsePort(table));
            if (!await attached.AllListeningAsync().ConfigureAwait(false))
            {
                throw new InvalidOperationException($"{PortsVariable} names ports where Azurite is not listening.");
            }

            return attached;
        }

        var azurite = Path.Combine(RepositoryRoot.Find(), "node_modules", ".bin", "azurite");
        if (!File.Exists(azurite))
        {
            throw new InvalidOperationException($"Azurite is not installed at {azurite}: run `npm ci` at the repository root.");
        }

        var (blobPort, queuePort, tablePort) = (FreePort(), FreePort(), FreePort());
        var workingDirectory = Directory.CreateTempSubdirectory("campaignbridge-azurite-").FullName;
        var start = new ProcessStartInfo("setsid")
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            "node", azurite, "--silent", "--disableTelemetry", "--skipApiVersionCheck", "--inMemoryPersistence",
            "--blobHost", "127.0.0.1", "--blobPort", blobPort.ToString(CultureInfo.InvariantCulture),
            "--queueHost", "127.0.0.1", "--queuePort", queuePort.ToString(CultureInfo.InvariantCulture),
            "--tableHost", "127.0.0.1", "--tablePort", tablePort.ToString(CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var azuriteProcess = new AzuriteProcess(process, workingDirectory, blobPort, queuePort, tablePort);
        var deadline = Stopwatch.StartNew();
        while (!await azuriteProcess.AllListeningAsync().ConfigureAwait(false))
        {
            if (process.HasExited || deadline.Elapsed > StartTimeout)
            {
                await azuriteProcess.DisposeAsync().ConfigureAwait(false);
                throw new InvalidOperationException($"Azurite did not listen on {blobPort}/{queuePort}/{tablePort} within {StartTimeout.TotalSeconds} s.");
            }

            await Task.Delay(100).ConfigureAwait(false);
        }

        return azuriteProcess;
    }

    /// <summary>Stops the Azurite this instance started (never one it attached to) and removes its folder.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_process is { } process)
        {
            _process = null;
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                using var timeout = new CancellationTokenSource(StopTimeout);
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }

            process.Dispose();
        }

        if (_workingDirectory is { } directory && Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string ConnectionStringFor(string key, int blobPort, int queuePort, int tablePort)
        => $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={key};" +
           $"BlobEndpoint=http://127.0.0.1:{blobPort}/{AccountName};" +
           $"QueueEndpoint=http://127.0.0.1:{queuePort}/{AccountName};" +
           $"TableEndpoint=http://127.0.0.1:{tablePort}/{AccountName};";

    private static int ParsePort(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task<bool> AllListeningAsync()
    {
        foreach (var port in new[] { BlobPort, QueuePort, TablePort })
        {
            using var client = new TcpClient();
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is SocketException or OperationCanceledException)
            {
                return false;
            }
        }

        return true;
    }
}
