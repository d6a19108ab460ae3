namespace CampaignBridge.Salesforce;

/// <summary>A per-record error of a collections write: <c>{statusCode, message, fields}</c> (note <c>statusCode</c>, not <c>errorCode</c>).</summary>
public sealed record SaveError
{
    /// <summary>Codes after which sending the same record again may succeed (reference §4.3): lock contention, a concurrent insert of the same external id, slow org automation.</summary>
    public static readonly IReadOnlySet<string> RetryableStatusCodes = new HashSet<string>(StringComparer.Ordinal)
    {
        "UNABLE_TO_LOCK_ROW", "DUPLICATE_VALUE", "REQUEST_RUNNING_TOO_LONG", "QUERY_TIMEOUT",
    };

    /// <summary>The Salesforce status code, e.g. <c>UNABLE_TO_LOCK_ROW</c>, <c>INVALID_CROSS_REFERENCE_KEY</c>, <c>FIELD_CUSTOM_VALIDATION_EXCEPTION</c>.</summary>
    public string StatusCode { get => field ?? string.Empty; init; }

    /// <summary>Salesforce's message (for a validation rule, the rule's own text).</summary>
    public string Message { get => field ?? string.Empty; init; }

    /// <summary>The fields the error is about (may be empty).</summary>
    public IReadOnlyList<string> Fields { get => field ?? []; init; }

    /// <summary>Whether <see cref="StatusCode"/> is one of <see cref="RetryableStatusCodes"/>; every other code is permanent.</summary>
    public bool IsRetryable => RetryableStatusCodes.Contains(StatusCode);
}
