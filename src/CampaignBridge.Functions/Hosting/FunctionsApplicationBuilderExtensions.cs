using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

namespace CampaignBridge.Functions.Hosting;

/// <summary>How Program.cs sets up the worker: middleware first, then the ASP.NET Core integration.</summary>
public static class FunctionsApplicationBuilderExtensions
{
    /// <summary>
    /// Registers CampaignBridge's worker middleware and then <c>ConfigureFunctionsWebApplication()</c>; the order
    /// matters, because worker middleware runs in registration order and the caller-gone handling must wrap the
    /// ASP.NET Core integration.
    /// </summary>
    public static FunctionsApplicationBuilder ConfigureCampaignBridgeWorker(this FunctionsApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseMiddleware<CallerGoneMiddleware>();
        builder.ConfigureFunctionsWebApplication();
        return builder;
    }
}
