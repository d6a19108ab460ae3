using CampaignBridge.Genesys.Authentication;
using CampaignBridge.Genesys.Configuration;
using CampaignBridge.Genesys.Conversations;
using CampaignBridge.Genesys.Http;
using CampaignBridge.Genesys.Outbound;
using CampaignBridge.Genesys.Resilience;
using CampaignBridge.OAuth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Genesys;

/// <summary>Registers the Genesys Cloud client.</summary>
public static class GenesysServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IGenesysOutboundClient"/>, <see cref="IGenesysTokenProvider"/> (a per-instance token cache)
    /// and <see cref="TimeProvider.System"/> (unless a <see cref="TimeProvider"/> is registered already). Options are
    /// validated at startup with messages naming the setting (<c>Genesys:Region</c>, ...). The caller registers an
    /// <see cref="IGenesysCredentialSource"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the <see cref="GenesysClientOptions"/>, e.g. binds the <c>Genesys</c> configuration section.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddGenesysCloud(this IServiceCollection services, Action<GenesysClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddOptions<GenesysClientOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GenesysClientOptions>, GenesysClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => GenesysEndpoints.Resolve(provider.GetRequiredService<IOptions<GenesysClientOptions>>().Value));
        services.TryAddSingleton<TokenEndpointClient>();
        services.TryAddSingleton<GenesysTokenCache>();
        services.TryAddSingleton<IGenesysTokenProvider>(provider => provider.GetRequiredService<GenesysTokenCache>());

        // The token request is not retried by a pipeline: the token cache backs off instead, and keeps one request in flight.
        // The default HttpClient loggers are removed from both clients: their Trace-level structured state carries raw
        // header values (the Basic and Bearer Authorization headers) even where the message text is redacted.
        services.AddHttpClient(TokenEndpointClient.HttpClientName, ConfigureHttpClient).RemoveAllLoggers();

        // Handlers run in the order added: the resilience pipeline outside, the bearer token handler inside it,
        // so every retry attempt carries the current token.
        services.TryAddSingleton<GenesysApiTransport>();
        services.TryAddSingleton<CampaignStatusChanger>();
        services.TryAddSingleton<ContactWriter>();
        services.TryAddSingleton<IGenesysOutboundClient, GenesysOutboundClient>();
        services.TryAddSingleton<IGenesysConversationClient, GenesysConversationClient>();
        services.AddHttpClient(GenesysConversationClient.DownloadClientName, ConfigureHttpClient).RemoveAllLoggers();
        var api = services.AddHttpClient(GenesysApiTransport.HttpClientName, (provider, client) =>
        {
            ConfigureHttpClient(client);
            client.BaseAddress = provider.GetRequiredService<GenesysEndpoints>().ApiBaseUri;
        });
        api.RemoveAllLoggers();
        api.AddResilienceHandler(GenesysResiliencePipeline.Name, (builder, context) =>
            GenesysResiliencePipeline.Configure(
                builder,
                context.ServiceProvider.GetRequiredService<IOptions<GenesysClientOptions>>().Value,
                context.ServiceProvider.GetRequiredService<TimeProvider>()));
        api.AddHttpMessageHandler(provider => new BearerTokenHandler(provider.GetRequiredService<GenesysTokenCache>()));

        return services;
    }

    // The resilience pipeline and the token cache own every time limit.
    private static void ConfigureHttpClient(HttpClient client) => client.Timeout = Timeout.InfiniteTimeSpan;
}
