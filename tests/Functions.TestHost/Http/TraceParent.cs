using System.Diagnostics;

namespace Functions.TestHost.Http;

/// <summary>
/// W3C trace context for one invocation: the caller's trace is continued when it sent a valid <c>traceparent</c>
/// (new span id), otherwise a new trace starts. The same value goes into the InvocationRequest's
/// <c>trace_context.trace_parent</c> and the forwarded request's <c>traceparent</c> header, as the real host's
/// activity does.
/// </summary>
internal static class TraceParent
{
    public const string HeaderName = "traceparent";

    public static string ContinueOrStart(string? incoming)
    {
        var traceId = ActivityContext.TryParse(incoming, null, out var context) ? context.TraceId : ActivityTraceId.CreateRandom();
        return $"00-{traceId.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01";
    }
}
