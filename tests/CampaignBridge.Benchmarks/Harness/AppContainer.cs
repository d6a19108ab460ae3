using CampaignBridge.Functions;
using CampaignBridge.Testing.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.Benchmarks.Harness;

/// <summary>
/// The real Function App container (<c>AddCampaignBridge</c>) built from an in-memory configuration that points
/// Genesys at the emulator, plus helpers that call a function with a real <see cref="DefaultHttpContext"/> and
/// execute its result into a response body, as the Functions host would.
/// </summary>
internal sealed class AppContainer : IAsyncDisposable
{
    private AppContainer(ServiceProvider services) => Services = services;

    public ServiceProvider Services { get; }

    public static Dictionary<string, string?> Settings(Uri genesys, string? storageConnectionString = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["AZURE_FUNCTIONS_ENVIRONMENT"] = "Development",
            ["Genesys:ApiBaseUrl"] = genesys.ToString(),
            ["Genesys:LoginBaseUrl"] = genesys.ToString(),
            ["Genesys:ClientId"] = EmulatorClients.LocalClientId,
            ["Genesys:ClientSecret"] = EmulatorClients.LocalClientSecret,
            ["Phone:DefaultRegion"] = "US",
            ["Salesforce:AllowedOrganizationIds"] = "00D000000000001",
        };
        if (storageConnectionString is not null)
        {
            var suffix = Guid.NewGuid().ToString("N")[..12];
            settings["AzureWebJobsStorage"] = storageConnectionString;
            settings["ContactSync:QueueName"] = $"contact-sync-{suffix}";
            settings["ContactSync:PoisonQueueName"] = $"contact-sync-poison-{suffix}";
            settings["ContactSync:OperationsTableName"] = $"ops{suffix}";
            settings["ContactSync:NotificationsTableName"] = $"seen{suffix}";
            settings["ContactSync:StateTableName"] = $"state{suffix}";
            settings["ContactSync:PayloadContainerName"] = $"payloads-{suffix}";
        }

        return settings;
    }

    /// <summary>Builds the container; <paramref name="configure"/> may add or replace registrations (e.g. a fake clock).</summary>
    public static AppContainer Build(IDictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddCampaignBridge(configuration);

        configure?.Invoke(services);
        return new AppContainer(services.BuildServiceProvider());
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A function instance, created per invocation as the worker does.</summary>
    public T Function<T>() => ActivatorUtilities.CreateInstance<T>(Services);

    public HttpRequest Request(string method, string path, string? jsonBody = null, string query = "")
        => FunctionRequests.Create(Services, method, path, query, jsonBody, "application/json");

    /// <summary>Executes the result into the request's response; returns the status code and the body length.</summary>
    public static async Task<(int Status, long Bytes)> ExecuteAsync(HttpRequest request, IActionResult result)
    {
        var context = request.HttpContext;
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor())).ConfigureAwait(false);
        return (context.Response.StatusCode, context.Response.Body.Length);
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
