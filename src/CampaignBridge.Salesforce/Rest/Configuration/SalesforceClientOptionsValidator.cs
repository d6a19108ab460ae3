using Microsoft.Extensions.Options;

namespace CampaignBridge.Salesforce.Rest;

/// <summary>Validates <see cref="SalesforceClientOptions"/> at startup with messages naming the setting and the fix.</summary>
internal sealed class SalesforceClientOptionsValidator : IValidateOptions<SalesforceClientOptions>
{
    /// <summary>The largest <see cref="SalesforceClientOptions.ApiRequestReserve"/>; above it the client would hardly ever write.</summary>
    public const double MaxApiRequestReserve = 0.9;

    public ValidateOptionsResult Validate(string? name, SalesforceClientOptions options)
    {
        var failures = new List<string>();
        if (!SalesforceEndpoints.TryResolve(options, out _, out var endpointError))
        {
            failures.Add(endpointError);
        }

        if (options.TotalTimeout <= TimeSpan.Zero || options.TotalTimeout > TimeSpan.FromMinutes(10))
        {
            failures.Add($"Salesforce:TotalTimeout '{options.TotalTimeout}' must be between 0 and 10 minutes (default {SalesforceClientOptions.DefaultTotalTimeout}).");
        }

        if (options.AttemptTimeout <= TimeSpan.Zero || options.AttemptTimeout > options.TotalTimeout)
        {
            failures.Add($"Salesforce:AttemptTimeout '{options.AttemptTimeout}' must be positive and not above Salesforce:TotalTimeout '{options.TotalTimeout}' (default {SalesforceClientOptions.DefaultAttemptTimeout}).");
        }

        if (options.TransientRetries is < 0 or > 10)
        {
            failures.Add($"Salesforce:TransientRetries '{options.TransientRetries}' must be between 0 and 10 (default {SalesforceClientOptions.DefaultTransientRetries}).");
        }

        if (options.MaxRetryAfter < TimeSpan.Zero)
        {
            failures.Add($"Salesforce:MaxRetryAfter '{options.MaxRetryAfter}' must not be negative (default {SalesforceClientOptions.DefaultMaxRetryAfter}).");
        }

        if (options.AssumedSessionLifetime < TimeSpan.FromMinutes(5) || options.AssumedSessionLifetime > TimeSpan.FromHours(24))
        {
            failures.Add($"Salesforce:AssumedSessionLifetime '{options.AssumedSessionLifetime}' must be between 5 minutes and 24 hours "
                + $"(default {SalesforceClientOptions.DefaultAssumedSessionLifetime}); set it to the session timeout of the org or of the External Client App.");
        }

        if (double.IsNaN(options.ApiRequestReserve) || options.ApiRequestReserve is < 0 or > MaxApiRequestReserve)
        {
            failures.Add($"Salesforce:ApiRequestReserve '{options.ApiRequestReserve}' must be a share between 0 and {MaxApiRequestReserve} of the daily API allocation "
                + $"(default {SalesforceClientOptions.DefaultApiRequestReserve}; 0 turns the check off).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
