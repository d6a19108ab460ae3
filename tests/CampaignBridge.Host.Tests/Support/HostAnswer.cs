using System.Text.Json;
using Functions.TestHost.Http;

namespace CampaignBridge.Host.Tests.Support;

/// <summary>An answer of the host: status, content type, body, and the invocation that produced it.</summary>
public sealed record HostAnswer(int Status, string? ContentType, string Body, string? InvocationId)
{
    public static async Task<HostAnswer> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var invocationId = response.Headers.TryGetValues(HttpInvocationHandler.InvocationIdResponseHeader, out var values) ? values.Single() : null;
        return new HostAnswer((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, invocationId);
    }

    public bool IsProblem => ContentType == "application/problem+json";

    /// <summary>The body as JSON (fails the test when it is not JSON).</summary>
    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Body);
        return document.RootElement.Clone();
    }

    /// <inheritdoc />
    public override string ToString() => $"{Status} {ContentType}: {(Body.Length > 400 ? Body[..400] + "..." : Body)}";
}
