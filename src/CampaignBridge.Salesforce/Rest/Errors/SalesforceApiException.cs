using CampaignBridge.OAuth;

namespace CampaignBridge.Salesforce;

/// <summary>
/// A failed Salesforce call, explained: our stable <see cref="ErrorCode"/>, the upstream status and code, and a
/// <see cref="Hint"/> saying what the Salesforce admin (or the operator of this app) must change. Never carries a
/// secret, a token or an Authorization header.
/// </summary>
public sealed class SalesforceApiException : Exception, IUpstreamFailure
{
    /// <summary>Creates the exception.</summary>
    /// <param name="errorCode">One of <see cref="SalesforceErrorCodes"/>.</param>
    /// <param name="message">What happened (no secrets).</param>
    /// <param name="hint">What an administrator must do.</param>
    /// <param name="statusCode">The upstream HTTP status, or 0 when no response was received (or nothing was sent).</param>
    /// <param name="salesforceCode">The upstream <c>errorCode</c> (REST) or <c>error</c> (OAuth), if any.</param>
    /// <param name="retryAfter">When to try again, if known.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public SalesforceApiException(
        string errorCode,
        string message,
        string hint,
        int statusCode = 0,
        string? salesforceCode = null,
        TimeSpan? retryAfter = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentException.ThrowIfNullOrEmpty(errorCode);
        ErrorCode = errorCode;
        Hint = hint ?? string.Empty;
        StatusCode = statusCode;
        SalesforceCode = salesforceCode;
        RetryAfter = retryAfter;
    }

    /// <summary>Our stable code, one of <see cref="SalesforceErrorCodes"/>.</summary>
    public string ErrorCode { get; }

    /// <summary>The upstream HTTP status, or 0 when no response was received (timeout, connection failure, a write held back).</summary>
    public int StatusCode { get; }

    /// <summary>The upstream code: the REST <c>errorCode</c> (e.g. <c>REQUEST_LIMIT_EXCEEDED</c>) or the OAuth <c>error</c> (e.g. <c>invalid_grant</c>).</summary>
    public string? SalesforceCode { get; }

    /// <summary>What an administrator must do to fix it.</summary>
    public string Hint { get; }

    /// <summary>How long to wait before trying again, when known (<c>api_allocation_low</c>, <c>request_limit_exceeded</c>, a <c>Retry-After</c>).</summary>
    public TimeSpan? RetryAfter { get; }
}
