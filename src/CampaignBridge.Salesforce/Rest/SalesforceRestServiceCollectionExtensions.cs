using CampaignBridge.OAuth;
using CampaignBridge.Salesforce.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Salesforce;

/// <summary>Registers the Salesforce REST client.</summary>
public static class SalesforceRestServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ISalesforceClient"/>, <see cref="ISalesforceTokenProvider"/> (a per-instance token cache) and
    /// <see cref="TimeProvider.System"/> (unless a <see cref="TimeProvider"/> is registered already). Options are validated
    /// at startup with messages naming the setting (<c>Salesforce:InstanceUrl</c>, ...). The caller registers an
    /// <see cref="ISalesforceCredentialSource"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the <see cref="SalesforceClientOptions"/>, e.g. binds the <c>Salesforce</c> configuration section.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddSalesforceRest(this IServiceCollection services, Action<SalesforceClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddOptions<SalesforceClientOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SalesforceClientOptions>, SalesforceClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => SalesforceEndpoints.Resolve(provider.GetRequiredService<IOptions<SalesforceClientOptions>>().Value));
        services.TryAddSingleton<SalesforceTokenEndpoint>();
        services.TryAddSingleton<SalesforceTokenCache>();
        services.TryAddSingleton<ISalesforceTokenProvider>(provider => provider.GetRequiredService<SalesforceTokenCache>());
        services.TryAddSingleton<ApiAllocationGuard>();
        services.TryAddSingleton<SalesforceApiTransport>();
        services.TryAddSingleton<ISalesforceClient, SalesforceClient>();

        // The token request is not retried by a pipeline: the token cache backs off instead, and keeps one request in flight.
        // The default HttpClient loggers are removed from both clients: their Trace-level structured state carries raw
        // header values (the Bearer Authorization header) and the token request's form, even where the message text is redacted.
        services.AddHttpClient(SalesforceTokenEndpoint.HttpClientName, ConfigureHttpClient).RemoveAllLoggers();

        // Handlers run in the order added: the resilience pipeline outside, the bearer token handler inside it,
        // so every retry attempt carries the current token.
        var api = services.AddHttpClient(SalesforceApiTransport.HttpClientName, (provider, client) =>
        {
            ConfigureHttpClient(client);
            client.BaseAddress = provider.GetRequiredService<SalesforceEndpoints>().InstanceUri;
            client.DefaultRequestHeaders.Add(SalesforceApiTransport.CallOptionsHeader, SalesforceApiTransport.CallOptionsValue);
        });
        api.RemoveAllLoggers();
        api.AddResilienceHandler(SalesforceResiliencePipeline.Name, (builder, context) =>
            SalesforceResiliencePipeline.Configure(
                builder,
                context.ServiceProvider.GetRequiredService<IOptions<SalesforceClientOptions>>().Value,
                context.ServiceProvider.GetRequiredService<TimeProvider>()));
        api.AddHttpMessageHandler(provider => new BearerTokenHandler(provider.GetRequiredService<SalesforceTokenCache>()));

        return services;
    }

    // The resilience pipeline and the token cache own every time limit; every answer is JSON.
    private static void ConfigureHttpClient(HttpClient client)
    {
        client.Timeout = Timeout.InfiniteTimeSpan;
        client.DefaultRequestHeaders.Accept.ParseAdd("application/json");
    }
}
