using System.Globalization;
using CampaignBridge.Functions.Outbox;
using CampaignBridge.Salesforce;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Functions.CallResults;

/// <summary>Registers the way back: reading results from Genesys, the <c>call-results</c> lane, and the Salesforce client.</summary>
public static class CallResultsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <c>SyncCallResults</c>'s services. The Salesforce client is registered (and its settings validated at startup)
    /// only when <c>Salesforce:InstanceUrl</c> is set; without it the way back is off and the timer does nothing.
    /// </summary>
    public static IServiceCollection AddCallResults(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<CallResultsOptions>().Bind(configuration.GetSection(CallResultsOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CallResultsOptions>, CallResultsOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => StorageAccountClients.FromConfiguration(configuration));

        var salesforce = configuration.GetSection(SalesforceClientOptions.SectionName);
        var instanceUrl = salesforce["InstanceUrl"]?.Trim();
        var configured = !string.IsNullOrEmpty(instanceUrl);
        services.TryAddSingleton(new SalesforceOrg(configured && Uri.TryCreate(instanceUrl, UriKind.Absolute, out var uri) ? uri : null));
        if (configured)
        {
            services.AddSalesforceRest(options =>
            {
                options.InstanceUrl = Uri.TryCreate(instanceUrl, UriKind.RelativeOrAbsolute, out var url) ? url : null;
                options.ApiVersion = salesforce["ApiVersion"] is { Length: > 0 } version ? version.Trim() : options.ApiVersion;
                options.TotalTimeout = TimeSpanOr(salesforce["TotalTimeout"], options.TotalTimeout);
                options.AttemptTimeout = TimeSpanOr(salesforce["AttemptTimeout"], options.AttemptTimeout);
                options.AssumedSessionLifetime = TimeSpanOr(salesforce["AssumedSessionLifetime"], options.AssumedSessionLifetime);
                options.MaxRetryAfter = TimeSpanOr(salesforce["MaxRetryAfter"], options.MaxRetryAfter);
                options.TransientRetries = int.TryParse(salesforce["TransientRetries"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var retries)
                    ? retries
                    : options.TransientRetries;
                options.ApiRequestReserve = double.TryParse(salesforce["ApiRequestReserve"], NumberStyles.Float, CultureInfo.InvariantCulture, out var reserve)
                    ? reserve
                    : options.ApiRequestReserve;
            });
        }

        services.AddDeliveryLane<CallAttempt, CallResultMessage, CallResultStorage>(
            CallResultsOptions.DefaultQueueName, sp => sp.GetRequiredService<IOptions<CallResultsOptions>>().Value.Bounds(), CallResultsJsonContext.Lane);
        services.TryAddSingleton<CallAttemptQueue>();
        services.TryAddSingleton<ReaderPositionStore>();
        services.TryAddSingleton<SweepStateStore>();
        services.TryAddSingleton<WrapUpCodeDirectory>();
        services.TryAddSingleton<ConversationReader>();
        services.TryAddSingleton<CampaignCompletionSweep>();
        if (configured)
        {
            // Only with a Salesforce org: these need its client, which exists only then.
            services.TryAddSingleton<CampaignMemberStatusWriter>();
            services.TryAddSingleton<CallResultDeliveryTarget>();
            services.TryAddSingleton<CallResultsFlusher>();
            services.TryAddSingleton<CallResultsRun>();
        }

        // Resolved only when the way back is on (SyncCallResults does nothing without Salesforce:InstanceUrl).
        services.TryAddSingleton<Func<CallResultsRun>>(sp => sp.GetRequiredService<CallResultsRun>);
        services.TryAddTransient<SyncCallResults>();
        return services;
    }

    private static TimeSpan TimeSpanOr(string? value, TimeSpan fallback)
        => TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var parsed) ? parsed : fallback;
}
