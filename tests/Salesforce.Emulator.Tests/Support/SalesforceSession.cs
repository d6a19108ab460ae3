using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Salesforce.Emulator.Tests.Support;

/// <summary>
/// One emulator on loopback plus an <see cref="HttpClient"/> pointed at it. It only builds and sends requests the
/// way the reference describes them; every check lives in the tests and <see cref="ResponseAssertions"/>.
/// </summary>
internal sealed class SalesforceSession : IAsyncDisposable
{
    public const string TokenPath = "/services/oauth2/token";
    public const string QueryPath = "/services/data/v65.0/query";

    private SalesforceSession(SalesforceEmulator emulator)
    {
        Emulator = emulator;
        Http = new HttpClient { BaseAddress = emulator.BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
    }

    public SalesforceEmulator Emulator { get; }

    public HttpClient Http { get; }

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static async Task<SalesforceSession> StartAsync(SalesforceSeed? seed = null, TimeProvider? timeProvider = null)
        => new(await SalesforceEmulator.StartAsync(seed, timeProvider, Cancellation));

    /// <summary>The documented form: <c>grant_type=client_credentials&amp;client_id&amp;client_secret</c> (reference §1.1.2).</summary>
    public static FormUrlEncodedContent TokenForm(string clientId, string clientSecret) => new(
    [
        new KeyValuePair<string, string>("grant_type", "client_credentials"),
        new KeyValuePair<string, string>("client_id", clientId),
        new KeyValuePair<string, string>("client_secret", clientSecret),
    ]);

    public Task<HttpResponseMessage> RequestTokenAsync((string Key, string Secret) app) => RequestTokenAsync(app.Key, app.Secret);

    public Task<HttpResponseMessage> RequestTokenAsync(string clientId, string clientSecret) =>
        Http.PostAsync(TokenPath, TokenForm(clientId, clientSecret), Cancellation);

    /// <summary>Gets a token and fails the test unless the endpoint answers 200 with an access_token.</summary>
    public async Task<string> GetTokenAsync((string Key, string Secret)? app = null)
    {
        using var response = await RequestTokenAsync(app ?? ClientApps.CampaignBridge);
        var body = await response.ShouldBeJsonAsync(System.Net.HttpStatusCode.OK);
        return body.GetProperty("access_token").GetString().ShouldNotBeNull();
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, JsonNode? body = null, string scheme = "Bearer")
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : Json(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue(scheme, token);
        }

        return Http.SendAsync(request, Cancellation);
    }

    public Task<HttpResponseMessage> GetAsync(string path, string? token) => SendAsync(HttpMethod.Get, path, token);

    public Task<HttpResponseMessage> PatchAsync(string path, string? token, JsonNode body) => SendAsync(HttpMethod.Patch, path, token, body);

    public Task<HttpResponseMessage> PostAsync(string path, string? token, JsonNode body) => SendAsync(HttpMethod.Post, path, token, body);

    public Task<HttpResponseMessage> QueryAsync(string soql, string? token) =>
        GetAsync(QueryPath + "?q=" + Uri.EscapeDataString(soql), token);

    /// <summary>Upserts Tasks by the conversation id and returns the per-record results (fails unless 200).</summary>
    public async Task<JsonElement> UpsertTasksAsync(string token, bool allOrNone, params JsonObject[] records)
    {
        using var response = await PatchAsync(TaskRecords.UpsertPath, token, TaskRecords.Body(allOrNone, records));
        return await response.ShouldBeJsonAsync(System.Net.HttpStatusCode.OK);
    }

    /// <summary>Updates records by id through collections and returns the per-record results (fails unless 200).</summary>
    public async Task<JsonElement> UpdateAsync(string token, params JsonObject[] records)
    {
        using var response = await PatchAsync(TaskRecords.CollectionsPath, token, TaskRecords.Body(false, records));
        return await response.ShouldBeJsonAsync(System.Net.HttpStatusCode.OK);
    }

    public Task<HttpResponseMessage> AdminPostAsync(string path, object? body = null) =>
        Http.PostAsync(path, body is null ? null : new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"), Cancellation);

    /// <summary>Serialized up front so the request has a Content-Length.</summary>
    public static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Emulator.DisposeAsync();
    }
}
