using CampaignBridge.Genesys;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignBridge.Functions.Configuration;

/// <summary>Registers the Genesys Cloud client configured from the <c>Genesys</c> section.</summary>
public static class GenesysConnectionServiceCollectionExtensions
{
    /// <summary>
    /// Calls <see cref="GenesysServiceCollectionExtensions.AddGenesysCloud"/> with <c>Genesys:Region</c>,
    /// <c>Genesys:ApiBaseUrl</c>, <c>Genesys:LoginBaseUrl</c> and the optional <c>Genesys:TotalTimeout</c> / <c>Genesys:AttemptTimeout</c>
    /// (time budget of one call, default 9 s to fit Apex's 10 s callout timeout) and <c>Genesys:NewContactsWithDoNotQueue</c>. Malformed URLs are left unset here and reported by
    /// <see cref="GenesysConnectionOptionsValidator"/>, which names the setting. Polly's own log lines below
    /// Warning are filtered out by <see cref="Hosting.FrameworkLogFilters"/>.
    /// </summary>
    public static IServiceCollection AddGenesysConnection(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(GenesysConnectionOptions.SectionName);
        services.AddGenesysCloud(options =>
        {
            options.Region = string.IsNullOrWhiteSpace(section["Region"]) ? null : section["Region"]!.Trim();
            options.ApiBaseUrl = AbsoluteOrNull(section["ApiBaseUrl"]);
            options.LoginBaseUrl = AbsoluteOrNull(section["LoginBaseUrl"]);
            options.TotalTimeout = TimeSpanOr(section["TotalTimeout"], options.TotalTimeout);
            options.AttemptTimeout = TimeSpanOr(section["AttemptTimeout"], options.AttemptTimeout);
            if (Enum.TryParse<NewContactQueueing>(section["NewContactsWithDoNotQueue"], ignoreCase: true, out var queueing))
            {
                options.NewContactsWithDoNotQueue = queueing;
            }
        });
        return services;
    }

    private static TimeSpan TimeSpanOr(string? value, TimeSpan fallback)
        => TimeSpan.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : fallback;

    private static Uri? AbsoluteOrNull(string? value)
        => Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) ? uri : null;
}
