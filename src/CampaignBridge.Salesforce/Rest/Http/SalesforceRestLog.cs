using Microsoft.Extensions.Logging;

namespace CampaignBridge.Salesforce.Rest;

/// <summary>Log events of the Salesforce REST client: ids, codes, statuses and counts only; no tokens, secrets or record values.</summary>
internal static partial class SalesforceRestLog
{
    [LoggerMessage(3001, LogLevel.Information, "Salesforce issued a session for Run As user {UserId} of org {OrganizationId}, issued at {IssuedAt:O}")]
    public static partial void SessionIssued(ILogger logger, string? userId, string? organizationId, DateTimeOffset? issuedAt);

    [LoggerMessage(3002, LogLevel.Warning, "The Salesforce token response names instance_url {TokenInstanceUrl}, but REST calls go to Salesforce:InstanceUrl {ConfiguredInstanceUrl}; set Salesforce:InstanceUrl to the org's My Domain")]
    public static partial void InstanceUrlDiffers(ILogger logger, string? tokenInstanceUrl, string configuredInstanceUrl);

    [LoggerMessage(3003, LogLevel.Warning, "Salesforce {Operation} failed: {ErrorCode} (HTTP {StatusCode}, Salesforce code {SalesforceCode})")]
    public static partial void OperationFailed(ILogger logger, string operation, string errorCode, int statusCode, string? salesforceCode);

    [LoggerMessage(3004, LogLevel.Warning, "Salesforce {Operation} held back: the org's API allocation has {Remaining} of {Max} requests left (seen {SeenAt:O}), below the reserve of {Reserve}; writes resume after {RetryAfter}")]
    public static partial void AllocationLow(ILogger logger, string operation, long remaining, long max, DateTimeOffset seenAt, long reserve, TimeSpan retryAfter);

    [LoggerMessage(3005, LogLevel.Information, "Salesforce refused the create-only fields of {Count} records on their update path; resending them without those fields")]
    public static partial void ResendingWithoutCreateOnlyFields(ILogger logger, int count);
}
