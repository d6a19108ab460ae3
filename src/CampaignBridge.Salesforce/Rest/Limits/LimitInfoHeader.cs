using System.Globalization;
using System.Net.Http.Headers;

namespace CampaignBridge.Salesforce.Rest;

/// <summary>
/// Reads <c>Sforce-Limit-Info</c> (reference §2): <c>api-usage=18/5000</c>, possibly with more pairs such as
/// <c>per-app-api-usage=17/250(appName=sample-connected-app)</c> or <c>api-bursts=1/750</c>, separated by <c>;</c>.
/// Pairs are read generically and unknown keys ignored; only <c>api-usage</c> is used.
/// </summary>
internal static class LimitInfoHeader
{
    public const string Name = "Sforce-Limit-Info";
    private const string ApiUsageKey = "api-usage";

    public static bool TryRead(HttpResponseHeaders headers, DateTimeOffset seenAt, out ApiUsage? usage)
    {
        usage = null;
        return headers.TryGetValues(Name, out var values) && TryParse(string.Join(';', values), seenAt, out usage);
    }

    public static bool TryParse(string? value, DateTimeOffset seenAt, out ApiUsage? usage)
    {
        usage = null;
        foreach (var pair in (value ?? string.Empty).Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || !pair.AsSpan(0, equals).Trim().Equals(ApiUsageKey, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var counts = pair.AsSpan(equals + 1).Trim();
            var slash = counts.IndexOf('/');
            if (slash > 0
                && long.TryParse(counts[..slash], NumberStyles.None, CultureInfo.InvariantCulture, out var used)
                && long.TryParse(counts[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var max)
                && max > 0)
            {
                usage = new ApiUsage(used, max, seenAt);
                return true;
            }
        }

        return false;
    }
}
