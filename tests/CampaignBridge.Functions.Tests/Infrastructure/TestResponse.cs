using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace CampaignBridge.Functions.Tests.Infrastructure;

/// <summary>A response produced by executing a function's <c>IActionResult</c> against a real <see cref="HttpResponse"/>.</summary>
public sealed class TestResponse
{
    internal TestResponse(int statusCode, string? contentType, IHeaderDictionary headers, string body)
    {
        StatusCode = statusCode;
        ContentType = contentType;
        Headers = headers;
        Body = body;
    }

    /// <summary>HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>Content-Type header.</summary>
    public string? ContentType { get; }

    /// <summary>Response headers.</summary>
    public IHeaderDictionary Headers { get; }

    /// <summary>Body as UTF-8 text.</summary>
    public string Body { get; }

    /// <summary>Body parsed as JSON.</summary>
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();

    /// <summary>String property of the JSON body, or null when absent.</summary>
    public string? StringProperty(string name)
        => Json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>
    /// Asserts an RFC 9457 answer: status, <c>application/problem+json</c>, the stable <paramref name="code"/>, and the
    /// members every problem carries (type, title, status, detail, traceId). Returns the JSON for further checks.
    /// </summary>
    public JsonElement ShouldBeProblem(int status, string code)
    {
        StatusCode.ShouldBe(status, Body);
        ContentType.ShouldNotBeNull().ShouldStartWith("application/problem+json");
        var json = Json;
        json.GetProperty("status").GetInt32().ShouldBe(status);
        json.GetProperty("code").GetString().ShouldBe(code, Body);
        json.GetProperty("type").GetString().ShouldBe("urn:campaignbridge:problem:" + code);
        json.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
        json.GetProperty("detail").GetString().ShouldNotBeNullOrWhiteSpace();
        json.GetProperty("traceId").GetString().ShouldNotBeNullOrWhiteSpace();
        return json;
    }

    /// <summary>Asserts a 200 JSON answer and returns the body.</summary>
    public JsonElement ShouldBeOk()
    {
        StatusCode.ShouldBe(200, Body);
        ContentType.ShouldNotBeNull().ShouldStartWith("application/json");
        return Json;
    }

    /// <inheritdoc />
    public override string ToString() => $"{StatusCode} {ContentType} {Body}";
}
