using System.Text;
using Microsoft.AspNetCore.Http;

namespace CampaignBridge.Testing.Http;

/// <summary>
/// Builds real <see cref="HttpRequest"/>s (from a <see cref="DefaultHttpContext"/>) as the Functions host hands them to
/// an HTTP function: method, path, query, body, and <c>RequestServices</c> set to the app's container.
/// </summary>
public static class FunctionRequests
{
    /// <summary>A request to <c>https://campaignbridge.example{path}{query}</c>; <paramref name="query"/> starts with <c>?</c> or is empty.</summary>
    public static HttpRequest Create(IServiceProvider? services, string method, string path, string query = "", string? body = null, string? contentType = null)
    {
        var context = new DefaultHttpContext { RequestServices = services! };
        var request = context.Request;
        request.Method = method;
        request.Scheme = "https";
        request.Host = new HostString("campaignbridge.example");
        request.Path = path;
        request.QueryString = new QueryString(query);
        context.Response.Body = new MemoryStream();
        if (body is not null)
        {
            SetBody(request, Encoding.UTF8.GetBytes(body), contentType);
        }

        return request;
    }

    /// <summary>
    /// Sets the body and content type (null = header absent); Content-Length is set unless <paramref name="chunked"/>,
    /// as a chunked upload arrives.
    /// </summary>
    public static void SetBody(HttpRequest request, byte[] body, string? contentType, bool chunked = false)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(body);
        request.Body = new MemoryStream(body);
        request.ContentLength = chunked ? null : body.Length;
        request.ContentType = contentType;
    }
}
