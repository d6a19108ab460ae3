using Microsoft.AspNetCore.Http;
using Yarp.ReverseProxy.Forwarder;

namespace Functions.TestHost.Http;

/// <summary>
/// YARP's default request transform (X-Forwarded-For/Proto/Host, original Host dropped, everything else copied), plus
/// the pairing header <c>x-ms-invocation-id</c> and the invocation's <c>traceparent</c> (reference §4).
/// </summary>
internal sealed class InvocationTransformer(string invocationId, string traceParent) : HttpTransformer
{
    public const string InvocationIdHeader = "x-ms-invocation-id";

    public override async ValueTask TransformRequestAsync(HttpContext httpContext, HttpRequestMessage proxyRequest, string destinationPrefix, CancellationToken cancellationToken)
    {
        await Default.TransformRequestAsync(httpContext, proxyRequest, destinationPrefix, cancellationToken).ConfigureAwait(false);
        proxyRequest.Headers.Remove(InvocationIdHeader);
        proxyRequest.Headers.TryAddWithoutValidation(InvocationIdHeader, invocationId);
        proxyRequest.Headers.Remove(TraceParent.HeaderName);
        proxyRequest.Headers.TryAddWithoutValidation(TraceParent.HeaderName, traceParent);
    }

    public override ValueTask<bool> TransformResponseAsync(HttpContext httpContext, HttpResponseMessage? proxyResponse, CancellationToken cancellationToken)
        => Default.TransformResponseAsync(httpContext, proxyResponse, cancellationToken);

    public override ValueTask TransformResponseTrailersAsync(HttpContext httpContext, HttpResponseMessage proxyResponse, CancellationToken cancellationToken)
        => Default.TransformResponseTrailersAsync(httpContext, proxyResponse, cancellationToken);
}
