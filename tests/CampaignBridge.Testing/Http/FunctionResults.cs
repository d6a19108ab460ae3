using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignBridge.Testing.Http;

/// <summary>
/// Executes an <see cref="IActionResult"/> the way the Functions ASP.NET Core integration does, writing into the
/// request's real <see cref="HttpResponse"/>, and reads back what was written. Results that need MVC executors
/// (<see cref="ContentResult"/>, <see cref="ObjectResult"/>) get them from a small MVC container used as a fallback
/// behind the app's own services, as the host provides them in production.
/// </summary>
public static class FunctionResults
{
    private static readonly Lazy<IServiceProvider> Mvc = new(() =>
        new ServiceCollection().AddLogging().AddMvcCore().Services.BuildServiceProvider());

    /// <summary>Executes <paramref name="result"/> against the response of <paramref name="request"/>.</summary>
    public static async Task<ExecutedResponse> ExecuteAsync(HttpRequest request, IActionResult result)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(result);
        var context = request.HttpContext;
        var appServices = context.RequestServices;
        var body = new MemoryStream();
        context.Response.Body = body;
        context.RequestServices = new FallbackServiceProvider(appServices, Mvc.Value);
        try
        {
            await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor())).ConfigureAwait(false);
        }
        finally
        {
            context.RequestServices = appServices;
        }

        return new ExecutedResponse(context.Response.StatusCode, context.Response.ContentType, context.Response.Headers, Encoding.UTF8.GetString(body.ToArray()));
    }

    private sealed class FallbackServiceProvider(IServiceProvider? primary, IServiceProvider fallback) : IServiceProvider
    {
        public object? GetService(Type serviceType) => primary?.GetService(serviceType) ?? fallback.GetService(serviceType);
    }
}
