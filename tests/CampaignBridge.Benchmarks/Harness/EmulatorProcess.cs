using System.Net.Http.Json;
using System.Text.Json;
using CampaignBridge.Testing;
using Emulators.Hosting;

namespace CampaignBridge.Benchmarks.Harness;

/// <summary>
/// An emulator as a separate process (<c>GenesysCloud.Emulator.dll</c> or <c>Salesforce.Emulator.dll</c>, started by the
/// shared <see cref="StandaloneEmulatorProcess"/>; default seed unless <c>--seed</c> is passed, system clock), so that the
/// benchmark process's managed heap holds only the app; read back through its admin endpoints.
/// </summary>
internal sealed class EmulatorProcess : IAsyncDisposable
{
    /// <summary>Only the latest output lines are kept: enough to explain a failed start, bounded over a long run.</summary>
    public const int OutputLineLimit = 200;

    public const string Genesys = "GenesysCloud.Emulator";
    public const string Salesforce = "Salesforce.Emulator";

    private static readonly JsonSerializerOptions ReadOptions = new(JsonSerializerDefaults.Web);

    private readonly StandaloneEmulatorProcess _process;

    private EmulatorProcess(StandaloneEmulatorProcess process) => _process = process;

    public Uri BaseUrl => _process.BaseUrl;

    /// <summary>Starts the emulator project <paramref name="project"/> (built next to this one) with extra <paramref name="arguments"/>.</summary>
    public static async Task<EmulatorProcess> StartAsync(string project = Genesys, params string[] arguments)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var dll = Path.Combine(RepositoryRoot.Find(), "tests", project, "bin", configuration, "net10.0", project + ".dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"The emulator is not built at {dll}.");
        }

        return new EmulatorProcess(await StandaloneEmulatorProcess.StartAsync(dll, arguments, OutputLineLimit, CancellationToken.None));
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

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
