using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Salesforce.Rest;

/// <summary>
/// Keeps the latest <c>Sforce-Limit-Info</c> of the org and holds writes back before the daily allocation runs out:
/// while the last reading shows fewer remaining requests than <see cref="SalesforceClientOptions.ApiRequestReserve"/>
/// of the maximum, and is younger than <see cref="SalesforceClientOptions.ApiAllocationLowPause"/>, a write fails with
/// <c>salesforce.api_allocation_low</c> without being sent. After the pause one write goes out again and its answer
/// brings a fresh reading, so the client probes once per pause instead of stopping for good. Reads are never held back.
/// </summary>
internal sealed class ApiAllocationGuard(IOptions<SalesforceClientOptions> options, TimeProvider timeProvider, ILogger<ApiAllocationGuard> logger)
{
    private ApiUsage? _latest;

    /// <summary>The latest reading, or null before the first response.</summary>
    public ApiUsage? Latest => Volatile.Read(ref _latest);

    /// <summary>Records the reading of a response (every response, failures included).</summary>
    public void Observe(HttpResponseMessage response)
    {
        if (LimitInfoHeader.TryRead(response.Headers, timeProvider.GetUtcNow(), out var usage))
        {
            Volatile.Write(ref _latest, usage);
        }
    }

    /// <summary>Throws <c>salesforce.api_allocation_low</c> when a write must not be sent now.</summary>
    public void EnsureWriteAllowed(string operation)
    {
        var latest = Latest;
        var share = options.Value.ApiRequestReserve;
        if (latest is null || share <= 0)
        {
            return;
        }

        var reserve = (long)Math.Ceiling(latest.Max * share);
        var age = timeProvider.GetUtcNow() - latest.SeenAt;
        var pause = SalesforceClientOptions.ApiAllocationLowPause;
        if (latest.Remaining >= reserve || age >= pause)
        {
            return;
        }

        var retryAfter = pause - (age < TimeSpan.Zero ? TimeSpan.Zero : age);
        SalesforceRestLog.AllocationLow(logger, operation, latest.Remaining, latest.Max, latest.SeenAt, reserve, retryAfter);
        throw new SalesforceApiException(
            SalesforceErrorCodes.ApiAllocationLow,
            $"Salesforce {operation} was not sent: the org's daily API allocation has {latest.Remaining} of {latest.Max} requests left "
            + $"(Sforce-Limit-Info at {latest.SeenAt:O}), below the {reserve} this app leaves to the org's other users and integrations.",
            "Writes pause until the rolling 24 h allocation frees up. Find what uses the org's API requests (Setup > Company Information, "
            + "API Requests, Last 24 Hours; Event Monitoring), or lower Salesforce:ApiRequestReserve if this app may use more of it.",
            retryAfter: retryAfter);
    }
}
