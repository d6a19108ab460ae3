using System.Text;
using System.Text.Json;
using CampaignBridge.Testing.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CampaignBridge.Functions.Tests.Infrastructure;

/// <summary>
/// Builds a real <see cref="HttpRequest"/> (from a <see cref="DefaultHttpContext"/>) as the Functions host would hand it
/// to a function: method, path, query, headers, body, and <c>RequestServices</c> set to the app's container.
/// </summary>
public sealed class TestRequest
{
    private readonly HttpRequest _request;

    private TestRequest(IServiceProvider? services, string method, string pathAndQuery)
    {
        var queryStart = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        _request = queryStart < 0
            ? FunctionRequests.Create(services, method, pathAndQuery)
            : FunctionRequests.Create(services, method, pathAndQuery[..queryStart], pathAndQuery[queryStart..]);
        _request.HttpContext.TraceIdentifier = "test-" + Guid.NewGuid().ToString("N")[..12];
    }

    /// <summary>A GET request.</summary>
    public static TestRequest Get(IServiceProvider? services, string pathAndQuery) => new(services, "GET", pathAndQuery);

    /// <summary>A POST request without body (add one with <see cref="WithJson"/> or <see cref="WithBody"/>).</summary>
    public static TestRequest Post(IServiceProvider? services, string pathAndQuery) => new(services, "POST", pathAndQuery);

    /// <summary>Serializes <paramref name="body"/> as camelCase JSON with <c>Content-Type: application/json</c>.</summary>
    public TestRequest WithJson(object body)
        => WithBody(JsonSerializer.Serialize(body, new JsonSerializerOptions(JsonSerializerDefaults.Web)), "application/json");

    /// <summary>Sets a raw body and content type (null content type = header absent). Content-Length is set.</summary>
    public TestRequest WithBody(string body, string? contentType)
    {
        FunctionRequests.SetBody(_request, Encoding.UTF8.GetBytes(body), contentType);
        return this;
    }

    /// <summary>Sets a raw body without Content-Length, as a chunked upload arrives.</summary>
    public TestRequest WithChunkedBody(byte[] body, string contentType)
    {
        FunctionRequests.SetBody(_request, body, contentType, chunked: true);
        return this;
    }

    /// <summary>Adds a request header.</summary>
    public TestRequest WithHeader(string name, string value)
    {
        _request.Headers[name] = new StringValues(value);
        return this;
    }

    /// <summary>The built request.</summary>
    public HttpRequest Build() => _request;
}
