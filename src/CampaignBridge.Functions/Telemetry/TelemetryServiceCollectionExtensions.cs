using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Logs;

namespace CampaignBridge.Functions.Telemetry;

/// <summary>OpenTelemetry wiring to Application Insights (Azure Monitor).</summary>
public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The app setting Azure sets when Application Insights is attached.</summary>
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>
    /// Adds OpenTelemetry with the Functions worker defaults and the Azure Monitor exporter when
    /// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set; without it nothing is registered (local runs, tests).
    /// With <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING</c> the exporter authenticates with the managed identity.
    /// Returns true when telemetry was wired.
    /// </summary>
    public static bool AddCampaignBridgeTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (string.IsNullOrWhiteSpace(configuration[ConnectionStringSetting]))
        {
            return false;
        }

        var credential = ApplicationInsightsAuthentication.CreateCredential(configuration[ApplicationInsightsAuthentication.Setting]);
        services.AddOpenTelemetry()
            .UseFunctionsWorkerDefaults()
            .UseAzureMonitorExporter(options =>
            {
                if (credential is not null)
                {
                    options.Credential = credential;
                }
            });

        // The request scope (FunctionName, TraceId, the caller's request ids) is exported with each log record, so a
        // problem's traceId finds its lines in Application Insights even where operation_Id comes from another span.
        services.Configure<OpenTelemetryLoggerOptions>(options => options.IncludeScopes = true);
        return true;
    }
}
