using System.Text;
using CampaignBridge.Host.Tests.Support;

namespace CampaignBridge.Host.Tests.Http;

/// <summary>
/// One case per HTTP function: the call the direct tests make, through the real process. A function the app
/// indexes without a row here fails <see cref="HttpFunctionTests"/> and <see cref="CancellationTests"/>.
/// </summary>
public static class HttpFunctionCases
{
    private const string Json = "application/json";

    public static IReadOnlyDictionary<string, HttpFunctionCase> ByFunction { get; } = new Dictionary<string, HttpFunctionCase>(StringComparer.Ordinal)
    {
        ["ListCampaigns"] = Get("api/campaigns?pageSize=2", 200, a => a.Json().GetProperty("campaigns").GetArrayLength().ShouldBe(2), CallerHold.GenesysLatency),
        ["GetCampaign"] = Get($"api/campaigns/{SeedIds.WinbackQ4}", 200, a => a.Json().GetProperty("name").GetString().ShouldBe("Winback Q4"), CallerHold.GenesysLatency),
        ["StartCampaign"] = Post($"api/campaigns/{SeedIds.SpringRenewals}/start", null, Json, 200,
            a => a.Json().GetProperty("id").GetString().ShouldBe(SeedIds.SpringRenewals), CallerHold.GenesysLatency),
        ["StopCampaign"] = Post($"api/campaigns/{SeedIds.WinbackQ4}/stop", null, Json, 200,
            a => a.Json().GetProperty("id").GetString().ShouldBe(SeedIds.WinbackQ4), CallerHold.GenesysLatency),
        ["GetCampaignProgress"] = Get($"api/campaigns/{SeedIds.WinbackQ4}/progress", 200, a => a.Json().GetProperty("campaignId").GetString().ShouldBe(SeedIds.WinbackQ4), CallerHold.GenesysLatency),
        ["UpsertContacts"] = Post($"api/contactlists/{SeedIds.SalesforceLeads}/contacts",
            $$$"""{"contacts":[{"id":"{{{SeedIds.LeadId}}}","data":{"FirstName":"Ada","LastName":"Lovelace","Phone":"(415) 555-0132"}}]}""", Json, 200,
            a => a.Json().GetProperty("accepted").GetInt32().ShouldBe(1), CallerHold.StalledBody),
        ["RemoveContacts"] = Post($"api/contactlists/{SeedIds.SalesforceLeads}/contacts/remove", $$"""{"contactIds":["{{SeedIds.LeadId}}"]}""", Json, 200,
            a => a.Json().GetProperty("submitted").GetInt32().ShouldBe(1), CallerHold.StalledBody),
        ["AddDncNumbers"] = Post($"api/dnclists/{SeedIds.InternalDnc}/phonenumbers", """{"phoneNumbers":["+1 415 555 0132"]}""", Json, 200,
            a => a.Json().GetProperty("added").GetInt32().ShouldBe(1), CallerHold.StalledBody),
        ["ReceiveOutboundMessage"] = new((_, _) => Task.FromResult(Request(HttpMethod.Post, $"api/salesforce/outbound/{OutboundMessageEnvelope.Mapping}",
                OutboundMessageEnvelope.Build(Interlocked.Increment(ref _envelopes)), OutboundMessageEnvelope.ContentType)),
            200, a => a.Body.ShouldContain("<Ack>true</Ack>"), CallerHold.StalledBody),
        ["GetOperation"] = new(PrepareGetOperationAsync, 200, a => a.Json().GetProperty("operationId").GetString().ShouldNotBeNullOrEmpty(), CallerHold.PausedStorage),
        ["GetDiagnostics"] = Get("api/diagnostics", 200, a => a.Json().GetProperty("status").GetString().ShouldBe("ok", a.Body), CallerHold.GenesysLatency),
        ["GetOpenApiDocument"] = Get("api/openapi.json", 200, a => a.Json().GetProperty("openapi").GetString().ShouldBe("3.0.3"), CallerHold.HeldForward),
        ["GetHealth"] = Get("api/health", 200, a => a.Body.ShouldBe("""{"status":"ok"}"""), CallerHold.HeldForward),
    };

    private static int _envelopes;

    public static HttpRequestMessage Request(HttpMethod method, string path, string? body, string contentType)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        }

        return request;
    }

    // Queues a write (mode=async answers 202 with the operation id) and asks for its state.
    private static async Task<HttpRequestMessage> PrepareGetOperationAsync(CampaignBridgeProcess app, CancellationToken cancellationToken)
    {
        using var queue = Request(HttpMethod.Post, $"api/contactlists/{SeedIds.SalesforceLeads}/contacts?mode=async",
            $$$"""{"contacts":[{"id":"{{{SeedIds.LeadId}}}","data":{"FirstName":"Grace"}}]}""", Json);
        var queued = await app.SendAsync(queue, cancellationToken);
        queued.Status.ShouldBe(202, queued.ToString());
        return Request(HttpMethod.Get, $"api/operations/{queued.Json().GetProperty("operationId").GetString()}", null, Json);
    }

    private static HttpFunctionCase Get(string path, int status, Action<HostAnswer> verify, CallerHold hold)
        => new((_, _) => Task.FromResult(Request(HttpMethod.Get, path, null, Json)), status, verify, hold);

    private static HttpFunctionCase Post(string path, string? body, string contentType, int status, Action<HostAnswer> verify, CallerHold hold)
        => new((_, _) => Task.FromResult(Request(HttpMethod.Post, path, body, contentType)), status, verify, hold);
}
