using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Emulators.Hosting;

/// <summary>
/// An emulator web application running in-process on 127.0.0.1 with a port chosen by the OS. The emulator
/// supplies how its app is built; this type owns the loopback listener, the quiet host lifetime, reading the
/// bound address and the bounded shutdown.
/// </summary>
public sealed class LoopbackEmulatorHost : IAsyncDisposable
{
    /// <summary>How long disposal waits for requests still in flight (e.g. held by a latency fault).</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(5);

    private readonly WebApplication app;

    private LoopbackEmulatorHost(WebApplication app, Uri baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
    }

    /// <summary><c>http://127.0.0.1:&lt;port&gt;/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The app's services (for emulators that resolve their state from the container).</summary>
    public IServiceProvider Services => app.Services;

    /// <summary>
    /// Builds the app with <paramref name="build"/> on a slim builder (no logging providers, no console
    /// lifetime, listening on 127.0.0.1:0) and starts it.
    /// </summary>
    /// <param name="applicationName">Name of the emulator assembly (the host's ApplicationName).</param>
    /// <param name="build">Adds the emulator's services, middleware and endpoints and returns the built app.</param>
    /// <param name="ct">Cancels the start.</param>
    public static async Task<LoopbackEmulatorHost> StartAsync(
        string applicationName,
        Func<WebApplicationBuilder, WebApplication> build,
        CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(applicationName);
        ArgumentNullException.ThrowIfNull(build);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = applicationName,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = "Production",
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, InProcessHostLifetime>();
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = ShutdownTimeout);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = build(builder);
        try
        {
            await app.StartAsync(ct);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoopbackEmulatorHost(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
