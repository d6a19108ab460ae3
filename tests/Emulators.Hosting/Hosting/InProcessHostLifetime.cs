using Microsoft.Extensions.Hosting;

namespace Emulators.Hosting;

/// <summary>
/// Host lifetime for in-process emulators: unlike the console lifetime it does not hook Ctrl+C or SIGTERM,
/// so emulators inside a test run never take over the runner's shutdown.
/// </summary>
internal sealed class InProcessHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
