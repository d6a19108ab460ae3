namespace Salesforce.Emulator;

/// <summary>
/// Gives routing's bare 404 (no such resource) and 405 (known resource, other method) Salesforce's error bodies:
/// <c>NOT_FOUND</c> "The requested resource does not exist" and <c>METHOD_NOT_ALLOWED</c> naming the allowed methods.
/// </summary>
internal static class UnmatchedRoutes
{
    public static async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        await next(context);
        if (context.Response.HasStarted)
        {
            return;
        }

        if (context.Response.StatusCode == StatusCodes.Status405MethodNotAllowed)
        {
            var allowed = context.Response.Headers.Allow.ToString().Replace(" ", "", StringComparison.Ordinal);
            // Wording as Salesforce's 405 body; UNCONFIRMED in the reference (§4.1 lists only the status).
            await RestErrors.WriteAsync(context, StatusCodes.Status405MethodNotAllowed, RestErrors.MethodNotAllowed,
                $"HTTP Method '{context.Request.Method}' not allowed. Allowed are {allowed}");
        }
        else if (context.Response.StatusCode == StatusCodes.Status404NotFound && context.GetEndpoint() is null)
        {
            await RestErrors.ResourceNotFound().ExecuteAsync(context);
        }
    }
}
