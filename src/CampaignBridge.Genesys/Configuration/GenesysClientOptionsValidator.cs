using Microsoft.Extensions.Options;

namespace CampaignBridge.Genesys.Configuration;

/// <summary>Validates <see cref="GenesysClientOptions"/> at startup with messages naming the setting and the fix.</summary>
internal sealed class GenesysClientOptionsValidator : IValidateOptions<GenesysClientOptions>
{
    public ValidateOptionsResult Validate(string? name, GenesysClientOptions options)
    {
        var failures = new List<string>();
        if (!GenesysEndpoints.TryResolve(options, out _, out var endpointError))
        {
            failures.Add(endpointError);
        }

        if (options.TotalTimeout <= TimeSpan.Zero || options.TotalTimeout > TimeSpan.FromMinutes(10))
        {
            failures.Add($"Genesys:TotalTimeout '{options.TotalTimeout}' must be between 0 and 10 minutes (default {GenesysClientOptions.DefaultTotalTimeout}; keep it under Apex's 10 s callout timeout).");
        }

        if (options.AttemptTimeout <= TimeSpan.Zero || options.AttemptTimeout > options.TotalTimeout)
        {
            failures.Add($"Genesys:AttemptTimeout '{options.AttemptTimeout}' must be positive and not above Genesys:TotalTimeout '{options.TotalTimeout}' (default {GenesysClientOptions.DefaultAttemptTimeout}).");
        }

        if (options.RateLimitRetries is < 0 or > 10)
        {
            failures.Add($"Genesys:RateLimitRetries '{options.RateLimitRetries}' must be between 0 and 10 (default {GenesysClientOptions.DefaultRateLimitRetries}).");
        }

        if (options.TransientRetries is < 0 or > 10)
        {
            failures.Add($"Genesys:TransientRetries '{options.TransientRetries}' must be between 0 and 10 (default {GenesysClientOptions.DefaultTransientRetries}).");
        }

        if (options.MaxRetryAfter < TimeSpan.Zero)
        {
            failures.Add($"Genesys:MaxRetryAfter '{options.MaxRetryAfter}' must not be negative (default {GenesysClientOptions.DefaultMaxRetryAfter}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
