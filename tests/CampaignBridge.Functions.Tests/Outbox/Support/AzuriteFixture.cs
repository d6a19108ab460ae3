using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace CampaignBridge.Functions.Tests.Outbox.Support;

/// <summary>
/// Azurite for the whole test assembly: starts <c>node node_modules/.bin/azurite</c> (in memory, loopback, free
/// ports) under <c>setsid</c> and stops that process by its id when the tests are done. It does not borrow an
/// Azurite already listening on 10000-10002: test projects run in parallel, and another project's Azurite can
/// stop under us. To use a running one anyway, set <c>CAMPAIGNBRIDGE_AZURITE_PORTS</c> to "blob,queue,table"
/// (e.g. "10000,10001,10002"). Tests isolate themselves with their own queue and table names.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    /// <summary>The well-known development account key (public; Azurite's default).</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private const string AccountName = "devstoreaccount1";
    private const string PortsVariable = "CAMPAIGNBRIDGE_AZURITE_PORTS";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private Process? _process;
    private string? _workingDirectory;

    public int BlobPort { get; private set; }

    public int QueuePort { get; private set; }

    public int TablePort { get; private set; }

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

    public async ValueTask InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable(PortsVariable)?.Split(',') is [var blob, var queue, var table])
        {
            (BlobPort, QueuePort, TablePort) = (int.Parse(blob, CultureInfo.InvariantCulture), int.Parse(queue, CultureInfo.InvariantCulture), int.Parse(table, CultureInfo.InvariantCulture));
            if (!await AllListeningAsync([BlobPort, QueuePort, TablePort]).ConfigureAwait(false))
            {
                throw new InvalidOperationException($"{PortsVariable} names ports where Azurite is not listening.");
            }

            return;
        }

        var azurite = Path.Combine(RepositoryRoot.Find(), "node_modules", ".bin", "azurite");
        if (!File.Exists(azurite))
        {
            throw new InvalidOperationException($"Azurite is not installed at {azurite}: run `npm ci` at the repository root.");
        }

        (BlobPort, QueuePort, TablePort) = (FreePort(), FreePort(), FreePort());
        _workingDirectory = Directory.CreateTempSubdirectory("campaignbridge-azurite-").FullName;
        var start = new ProcessStartInfo("setsid")
        {
            WorkingDirectory = _workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            "node", azurite, "--silent", "--disableTelemetry", "--skipApiVersionCheck", "--inMemoryPersistence",
            "--blobHost", "127.0.0.1", "--blobPort", BlobPort.ToString(CultureInfo.InvariantCulture),
            "--queueHost", "127.0.0.1", "--queuePort", QueuePort.ToString(CultureInfo.InvariantCulture),
            "--tableHost", "127.0.0.1", "--tablePort", TablePort.ToString(CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = Stopwatch.StartNew();
        while (!await AllListeningAsync([BlobPort, QueuePort, TablePort]).ConfigureAwait(false))
        {
            if (_process.HasExited || deadline.Elapsed > StartTimeout)
            {
                await DisposeAsync().ConfigureAwait(false);
                throw new InvalidOperationException($"Azurite did not listen on {BlobPort}/{QueuePort}/{TablePort} within {StartTimeout.TotalSeconds} s.");
            }

            await Task.Delay(100).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { } process)
        {
            _process = null;
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }

            process.Dispose();
        }

        if (_workingDirectory is { } directory && Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>A fresh, valid name suffix so each test class gets its own queues and tables.</summary>
    public static string UniqueSuffix() => Guid.NewGuid().ToString("N")[..12];

    private static string ConnectionStringFor(string key, int blobPort, int queuePort, int tablePort)
        => $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={key};" +
           $"BlobEndpoint=http://127.0.0.1:{blobPort}/{AccountName};" +
           $"QueueEndpoint=http://127.0.0.1:{queuePort}/{AccountName};" +
           $"TableEndpoint=http://127.0.0.1:{tablePort}/{AccountName};";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<bool> AllListeningAsync(IEnumerable<int> ports)
    {
        foreach (var port in ports)
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
