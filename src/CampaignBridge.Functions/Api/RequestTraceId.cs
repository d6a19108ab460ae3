using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CampaignBridge.Functions.Api;

/// <summary>
/// The W3C trace id of a request, the same in its problem+json <c>traceId</c>, in the logging scope and in the log
/// messages of the request. Under the Functions host the request the worker sees carries the host's
/// <c>traceparent</c> (the host continues a caller's trace), so this is the operation id Application Insights shows for
/// the call. In order: the request's own activity, its <c>traceparent</c> header, the current activity (the worker's
/// invocation span when OpenTelemetry is on), or a new random id; computed once per request.
/// </summary>
public static class RequestTraceId
{
    private const string ItemKey = "CampaignBridge.TraceId";

    /// <summary>32 lower-case hex digits.</summary>
    public static string Of(HttpContext? context)
    {
        if (context is null)
        {
            return FromActivity(Activity.Current) ?? ActivityTraceId.CreateRandom().ToHexString();
        }

        if (context.Items.TryGetValue(ItemKey, out var cached) && cached is string known)
        {
            return known;
        }

        var traceId = FromActivity(context.Features.Get<IHttpActivityFeature>()?.Activity)
            ?? FromTraceParent(context.Request.Headers.TraceParent)
            ?? FromActivity(Activity.Current)
            ?? ActivityTraceId.CreateRandom().ToHexString();
        context.Items[ItemKey] = traceId;
        return traceId;
    }

    private static string? FromActivity(Activity? activity)
        => activity is { IdFormat: ActivityIdFormat.W3C } ? activity.TraceId.ToHexString() : null;

    private static string? FromTraceParent(string? traceParent)
        => ActivityContext.TryParse(traceParent, null, out var parent) ? parent.TraceId.ToHexString() : null;
}
