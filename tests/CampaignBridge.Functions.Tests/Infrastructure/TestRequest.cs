using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CampaignBridge.Functions.Tests.Infrastructure;

/// <summary>
/// Builds a real <see cref="HttpRequest"/> (from a <see cref="DefaultHttpContext"/>) as the Functions host would hand it
/// to a function: method, path, query, headers, body, and <c>RequestServices</c> set to the app's container.
/// </summary>
public sealed class TestRequest
{
    private readonly DefaultHttpContext _context = new();

    private TestRequest(IServiceProvider? services, string method, string pathAndQuery)
    {
        _context.RequestServices = services!;
        _context.TraceIdentifier = "test-" + Guid.NewGuid().ToString("N")[..12];
        var request = _context.Request;
        request.Method = method;
        request.Scheme = "https";
        request.Host = new HostString("campaignbridge.example");
        var queryStart = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        request.Path = queryStart < 0 ? pathAndQuery : pathAndQuery[..queryStart];
        if (queryStart >= 0)
        {
            request.QueryString = new QueryString(pathAndQuery[queryStart..]);
        }

        _context.Response.Body = new MemoryStream();
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
        var bytes = Encoding.UTF8.GetBytes(body);
        _context.Request.Body = new MemoryStream(bytes);
        _context.Request.ContentLength = bytes.Length;
        _context.Request.ContentType = contentType;
        return this;
    }

    /// <summary>Sets a raw body without Content-Length, as a chunked upload arrives.</summary>
    public TestRequest WithChunkedBody(byte[] body, string contentType)
    {
        _context.Request.Body = new MemoryStream(body);
        _context.Request.ContentLength = null;
        _context.Request.ContentType = contentType;
        return this;
    }

    /// <summary>Adds a request header.</summary>
    public TestRequest WithHeader(string name, string value)
    {
        _context.Request.Headers[name] = new StringValues(value);
        return this;
    }

    /// <summary>The built request.</summary>
    public HttpRequest Build() => _context.Request;
}
