using System.Net;
using System.Text.Json;
using Functions.TestHost.Indexing;
using Functions.TestHost.Invocations;
using Functions.TestHost.Timers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy.Forwarder;

namespace Functions.TestHost.Http;

/// <summary>
/// The host's HTTP side: Kestrel on 127.0.0.1 and a free port, listening before the worker starts; once functions are
/// loaded, one route per HTTP function at <c>&lt;routePrefix&gt;/&lt;route&gt;</c> (prefix from host.json
/// <c>extensions.http.routePrefix</c>, default <c>api</c>) and the admin route <c>POST /admin/functions/{name}</c>
/// for timers (reference §4, §5). Keys and auth levels are not checked, as under Core Tools.
/// </summary>
internal sealed class HttpFrontEnd : IAsyncDisposable
{
    /// <summary>The host's request body limit (100 MB).</summary>
    public const long MaxRequestBodySize = 100L * 1024 * 1024;

    private readonly WebApplication _app;
    private readonly FunctionEndpointDataSource _endpoints;

    private HttpFrontEnd(WebApplication app, FunctionEndpointDataSource endpoints, Uri address)
    {
        _app = app;
        _endpoints = endpoints;
        Address = address;
    }

    public Uri Address { get; }

    public IHttpForwarder Forwarder => _app.Services.GetRequiredService<IHttpForwarder>();

    public static async Task<HttpFrontEnd> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodySize;
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http1AndHttp2);
        });
        builder.Services.AddRouting();
        builder.Services.AddHttpForwarder();
        var endpoints = new FunctionEndpointDataSource();
        var app = builder.Build();
        app.UseRouting();
        ((IEndpointRouteBuilder)app).DataSources.Add(endpoints);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new HttpFrontEnd(app, endpoints, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Publishes the routes of <paramref name="functions"/>.</summary>
    public void Publish(IReadOnlyList<HostedFunction> functions, string routePrefix, HttpInvocationHandler? http, TimerInvoker timers)
    {
        var list = new List<Endpoint>();
        foreach (var group in functions.Where(f => f.IsHttp && http is not null).GroupBy(f => Template(routePrefix, f.Route!), StringComparer.OrdinalIgnoreCase))
        {
            var candidates = group.ToList();
            list.Add(new RouteEndpointBuilder(context => http!.HandleAsync(context, candidates), RoutePatternFactory.Parse(group.Key), 0)
            {
                DisplayName = string.Join(", ", candidates.Select(f => f.Name)),
            }.Build());
        }

        var byName = functions.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
        list.Add(new RouteEndpointBuilder(context => InvokeAdminAsync(context, byName, timers), RoutePatternFactory.Parse("admin/functions/{name}"), 0)
        {
            DisplayName = "admin: invoke function",
        }.Build());
        _endpoints.Publish(list);
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static string Template(string prefix, string route)
        => string.IsNullOrEmpty(prefix) ? route : prefix.TrimEnd('/') + "/" + route.TrimStart('/');

    // POST /admin/functions/{name} with {"input": ...}: 202 and the invocation in the background, as the host's
    // FunctionsController does; ?wait=true (test host only) answers when it ended: 200, or 500 when it failed.
    private static async Task InvokeAdminAsync(HttpContext context, Dictionary<string, HostedFunction> functions, TimerInvoker timers)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        if (!functions.TryGetValue((string)context.Request.RouteValues["name"]!, out var function))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
            if (body.RootElement.ValueKind != JsonValueKind.Object || !body.RootElement.TryGetProperty("input", out _))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }
        }
        catch (JsonException)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (!function.IsTimer)
        {
            // Only timers are invoked this way here; HTTP functions are called over HTTP.
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var invocation = timers.FireAsync(function);
        if (!string.Equals(context.Request.Query["wait"], "true", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status202Accepted;
            return;
        }

        var record = await invocation.ConfigureAwait(false);
        context.Response.StatusCode = record.Status == InvocationStatus.Failed ? StatusCodes.Status500InternalServerError : StatusCodes.Status200OK;
        await context.Response.WriteAsJsonAsync(new { invocationId = record.InvocationId, status = record.Status.ToString(), exception = record.Exception }).ConfigureAwait(false);
    }
}
