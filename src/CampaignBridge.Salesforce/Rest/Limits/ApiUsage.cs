namespace CampaignBridge.Salesforce;

/// <summary>
/// The org's API usage as the last <c>Sforce-Limit-Info: api-usage=Used/Max</c> response header reported it: requests in
/// the rolling 24 h window, shared by every integration and user of the org.
/// </summary>
/// <param name="Used">Requests counted in the last 24 hours.</param>
/// <param name="Max">The daily allocation.</param>
/// <param name="SeenAt">When the response carrying it was received.</param>
public sealed record ApiUsage(long Used, long Max, DateTimeOffset SeenAt)
{
    /// <summary>Requests left in the allocation (never negative).</summary>
    public long Remaining => Math.Max(0, Max - Used);
}
