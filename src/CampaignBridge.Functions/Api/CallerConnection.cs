using Microsoft.AspNetCore.Http;

namespace CampaignBridge.Functions.Api;

/// <summary>
/// What the app does when the caller has gone (Apex's callout timeout, a closed connection): the invocation ends
/// normally and nothing more is written. Writing to a gone caller with its already-cancelled <c>RequestAborted</c>
/// token would throw and turn a caller's decision into a failed invocation with exception telemetry.
/// </summary>
internal static class CallerConnection
{
    /// <summary>True when the caller closed the request (or the host cancelled the invocation because of it).</summary>
    public static bool IsGone(HttpContext context, CancellationToken invocationCancelled = default)
        => context.RequestAborted.IsCancellationRequested || invocationCancelled.IsCancellationRequested;

    /// <summary>
    /// Writes a response body unless the caller is gone; a caller that leaves during the write ends it quietly.
    /// Any other write failure is still thrown.
    /// </summary>
    public static async Task WriteBodyAsync(HttpContext context, Func<Stream, CancellationToken, Task> write)
    {
        if (IsGone(context))
        {
            return;
        }

        try
        {
            await write(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException && IsGone(context))
        {
            // The caller left while the body was being written; there is nobody to tell.
        }
    }
}
