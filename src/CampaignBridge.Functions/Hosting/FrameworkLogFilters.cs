using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.Functions.Hosting;

/// <summary>
/// Minimum levels for framework log categories that write Information lines on every request or call: ASP.NET
/// Core's hosting, routing and result executors (about four lines per request, e.g. "Executing OkObjectResult,
/// writing value of type ..."), the worker's own plumbing, and Polly (an Information line per attempt of every Genesys
/// call). Their warnings and errors stay. The rules go first, so an app setting such as
/// <c>Logging__LogLevel__Microsoft.AspNetCore=Information</c> (a rule added later, same category) still wins when
/// an operator needs them for a while.
/// </summary>
public static class FrameworkLogFilters
{
    /// <summary>The log category of the resilience pipeline's own events.</summary>
    public const string PollyCategory = "Polly";

    /// <summary>Category prefix → minimum level.</summary>
    public static IReadOnlyDictionary<string, LogLevel> MinimumLevels { get; } = new Dictionary<string, LogLevel>(StringComparer.Ordinal)
    {
        ["Microsoft.AspNetCore"] = LogLevel.Warning,
        ["Microsoft.Azure.Functions.Worker"] = LogLevel.Warning,
        [PollyCategory] = LogLevel.Warning,
    };

    /// <summary>Adds the rules of <see cref="MinimumLevels"/> ahead of any configured ones.</summary>
    public static IServiceCollection AddFrameworkLogFilters(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.Configure<LoggerFilterOptions>(options =>
        {
            var position = 0;
            foreach (var (category, level) in MinimumLevels)
            {
                options.Rules.Insert(position++, new LoggerFilterRule(providerName: null, categoryName: category, logLevel: level, filter: null));
            }
        });
        return services;
    }
}
