using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GenesysCloud.Emulator.Tests.Support;

/// <summary>
/// One emulator on loopback plus an <see cref="HttpClient"/> pointed at it. It only builds and sends
/// requests the way the reference describes them; every check lives in the tests and
/// <see cref="ResponseAssertions"/>.
/// </summary>
internal sealed class EmulatorSession : IAsyncDisposable
{
    public const string CorrelationHeader = "ININ-Correlation-Id";

    private EmulatorSession(GenesysCloudEmulator emulator)
    {
        Emulator = emulator;
        Http = new HttpClient { BaseAddress = emulator.BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
    }

    public GenesysCloudEmulator Emulator { get; }

    public HttpClient Http { get; }

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static async Task<EmulatorSession> StartAsync(EmulatorSeed? seed = null, TimeProvider? timeProvider = null)
        => new(await GenesysCloudEmulator.StartAsync(seed, timeProvider, Cancellation));

    /// <summary>`Basic base64(clientId:clientSecret)`, exactly as reference §1.1.</summary>
    public static AuthenticationHeaderValue BasicCredentials(string clientId, string clientSecret)
        => new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{clientSecret}")));

    public static FormUrlEncodedContent ClientCredentialsForm()
        => new([new KeyValuePair<string, string>("grant_type", "client_credentials")]);

    /// <summary>A well-formed client-credentials token request (reference §1.1).</summary>
    public Task<HttpResponseMessage> RequestTokenAsync(string clientId, string? clientSecret = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/oauth/token") { Content = ClientCredentialsForm() };
        request.Headers.Authorization = BasicCredentials(clientId, clientSecret ?? SeedClients.SecretOf(clientId));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return SendAsync(request);
    }

    /// <summary>Gets a token and fails the test unless the token endpoint answers 200 with an access_token.</summary>
    public async Task<string> GetTokenAsync(string clientId = SeedClients.Local, string? clientSecret = null)
    {
        using var response = await RequestTokenAsync(clientId, clientSecret);
        var body = await response.ShouldBeJsonAsync(System.Net.HttpStatusCode.OK);
        return body.GetProperty("access_token").GetString().ShouldNotBeNull();
    }

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
        => Http.SendAsync(request, Cancellation);

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string path, string? token)
        => SendAsync(HttpMethod.Get, path, token);

    public Task<HttpResponseMessage> PostJsonAsync(string path, string? token, object? body)
        => SendAsync(HttpMethod.Post, path, token, Json(body));

    public Task<HttpResponseMessage> PutJsonAsync(string path, string? token, object? body)
        => SendAsync(HttpMethod.Put, path, token, Json(body));

    public Task<HttpResponseMessage> DeleteAsync(string path, string? token)
        => SendAsync(HttpMethod.Delete, path, token);

    /// <summary>Admin endpoints under /__emulator/ need no token.</summary>
    public Task<HttpResponseMessage> AdminPostAsync(string path, object? body = null)
        => SendAsync(HttpMethod.Post, path, token: null, body is null ? null : Json(body));

    /// <summary>GETs a campaign with a full-permission token and returns it as a mutable JSON object.</summary>
    public async Task<JsonObject> GetCampaignAsync(string campaignId, string token)
    {
        using var response = await GetAsync($"/api/v2/outbound/campaigns/{campaignId}", token);
        var body = await response.ShouldBeJsonAsync(System.Net.HttpStatusCode.OK);
        return JsonNode.Parse(body.GetRawText())!.AsObject();
    }

    /// <summary>Serialized up front so the request has a Content-Length, like the SDK's requests.</summary>
    public static StringContent Json(object? body)
        => new(body is JsonNode node ? node.ToJsonString() : JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Emulator.DisposeAsync();
    }
}
