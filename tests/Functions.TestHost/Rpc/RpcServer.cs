using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Functions.TestHost.Rpc;

/// <summary>
/// The gRPC server the worker dials (reference §3): Kestrel on 127.0.0.1 and a free port, cleartext HTTP/2 only,
/// no message size limits, one service.
/// </summary>
internal sealed class RpcServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RpcServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary><c>http://127.0.0.1:&lt;port&gt;/</c>, passed to the worker as <c>--functions-uri</c>.</summary>
    public Uri Address { get; }

    public static async Task<RpcServer> StartAsync(WorkerChannel channel, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = null;
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2);
        });
        builder.Services.AddSingleton(channel);
        builder.Services.AddGrpc(options =>
        {
            options.MaxReceiveMessageSize = null;
            options.MaxSendMessageSize = null;
        });
        var app = builder.Build();
        app.MapGrpcService<FunctionRpcService>();
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RpcServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
