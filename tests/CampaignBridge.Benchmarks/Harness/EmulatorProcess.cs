using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using CampaignBridge.Testing;

namespace CampaignBridge.Benchmarks.Harness;

/// <summary>
/// An emulator as a separate process (<c>dotnet GenesysCloud.Emulator.dll --urls ...</c> or <c>Salesforce.Emulator.dll</c>,
/// default seed unless <c>--seed</c> is passed, system clock), so that the benchmark process's managed heap holds only
/// the app; read back through its admin endpoints.
/// </summary>
internal sealed class EmulatorProcess : IAsyncDisposable
{
    private static readonly JsonSerializerOptions ReadOptions = new(JsonSerializerDefaults.Web);

    private readonly Process _process;

    private EmulatorProcess(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public const string Genesys = "GenesysCloud.Emulator";
    public const string Salesforce = "Salesforce.Emulator";

    /// <summary>Starts the emulator project <paramref name="project"/> (built next to this one) with extra <paramref name="arguments"/>.</summary>
    public static async Task<EmulatorProcess> StartAsync(string project = Genesys, params string[] arguments)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var dll = Path.Combine(RepositoryRoot.Find(), "tests", project, "bin", configuration, "net10.0", project + ".dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"The emulator is not built at {dll}.");
        }

        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var baseUrl = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("setsid") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { DotnetHost.Path, dll, "--urls", baseUrl.ToString().TrimEnd('/') }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The emulator did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var emulator = new EmulatorProcess(process, baseUrl);
        using var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(2) };
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var response = await http.GetAsync("__emulator/faults");
                if (response.IsSuccessStatusCode)
                {
                    return emulator;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            if (process.HasExited || waited.Elapsed > TimeSpan.FromSeconds(30))
            {
                await emulator.DisposeAsync();
                throw new InvalidOperationException("The emulator process did not answer within 30 s.");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Contacts in a list, read as a stream so that no large string or document lands in this process's heap.</summary>
    public async Task<int> ContactCountAsync(string contactListId)
    {
        var count = 0;
        await foreach (var _ in ReadArrayAsync<JsonElement>($"__emulator/contactlists/{contactListId}/contacts"))
        {
            count++;
        }

        return count;
    }

    /// <summary>(method, path, status) of every recorded request, read as a stream.</summary>
    public async Task<IReadOnlyList<(string Method, string Path, int Status)>> RequestsAsync()
    {
        var requests = new List<(string, string, int)>();
        await foreach (var line in ReadArrayAsync<RequestLine>("__emulator/requests"))
        {
            requests.Add((line.Method, line.Path, line.StatusCode));
        }

        return requests;
    }

    /// <summary>A JSON array from an admin endpoint, one element at a time (read as a stream).</summary>
    public async IAsyncEnumerable<T> ReadArrayAsync<T>(string path)
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromMinutes(2) };
        await using var stream = await http.GetStreamAsync(path);
        await foreach (var item in JsonSerializer.DeserializeAsyncEnumerable<T>(stream, ReadOptions))
        {
            if (item is not null)
            {
                yield return item;
            }
        }
    }

    /// <summary>GETs an admin endpoint's JSON document (read it after a measurement: it lands in this heap).</summary>
    public async Task<JsonElement> GetAdminAsync(string path)
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromMinutes(2) };
        return await http.GetFromJsonAsync<JsonElement>(path, ReadOptions);
    }

    /// <summary>POSTs a JSON body to an admin endpoint and returns the answer's body.</summary>
    public async Task<JsonElement> PostAdminAsync(string path, object body)
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromMinutes(2) };
        using var response = await http.PostAsJsonAsync(path, body, ReadOptions);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>(ReadOptions);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(timeout.Token);
        }

        _process.Dispose();
    }
}
