using System.Collections.ObjectModel;
using CampaignBridge.OAuth;

namespace CampaignBridge.Genesys;

/// <summary>
/// A failed Genesys Cloud call, explained: the upstream status and code, our stable <see cref="ErrorCode"/>
/// and a <see cref="Hint"/> saying what an administrator must do. Never carries secrets or tokens.
/// </summary>
public sealed class GenesysApiException : Exception, IUpstreamFailure
{
    private static readonly IReadOnlyDictionary<string, string> NoParams = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>Creates the exception.</summary>
    /// <param name="errorCode">One of <see cref="GenesysErrorCodes"/>.</param>
    /// <param name="message">What happened (no secrets).</param>
    /// <param name="hint">What an administrator must do.</param>
    /// <param name="statusCode">The upstream HTTP status, or 0 when no response was received.</param>
    /// <param name="genesysCode">The upstream <c>code</c> (Platform API) or <c>error</c> (OAuth), if any.</param>
    /// <param name="messageParams">The upstream <c>messageParams</c>, if any.</param>
    /// <param name="contextId">The upstream <c>contextId</c>, if any.</param>
    /// <param name="correlationId">The upstream <c>ININ-Correlation-Id</c> header, if any.</param>
    /// <param name="retryAfter">When to retry (rate limiting), if known.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public GenesysApiException(
        string errorCode,
        string message,
        string hint,
        int statusCode = 0,
        string? genesysCode = null,
        IReadOnlyDictionary<string, string>? messageParams = null,
        string? contextId = null,
        string? correlationId = null,
        TimeSpan? retryAfter = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentException.ThrowIfNullOrEmpty(errorCode);
        ErrorCode = errorCode;
        Hint = hint ?? string.Empty;
        StatusCode = statusCode;
        GenesysCode = genesysCode;
        MessageParams = messageParams ?? NoParams;
        ContextId = contextId;
        CorrelationId = correlationId;
        RetryAfter = retryAfter;
    }

    /// <summary>The upstream HTTP status, or 0 when no response was received (timeout, connection failure).</summary>
    public int StatusCode { get; }

    /// <summary>The upstream error code: Platform API <c>code</c> (e.g. <c>missing.any.permissions</c>) or OAuth <c>error</c>.</summary>
    public string? GenesysCode { get; }

    /// <summary>The upstream <c>messageParams</c> (empty when none).</summary>
    public IReadOnlyDictionary<string, string> MessageParams { get; }

    /// <summary>The upstream <c>contextId</c>; quote it to Genesys support.</summary>
    public string? ContextId { get; }

    /// <summary>The upstream <c>ININ-Correlation-Id</c> response header.</summary>
    public string? CorrelationId { get; }

    /// <summary>Our stable code, one of <see cref="GenesysErrorCodes"/>.</summary>
    public string ErrorCode { get; }

    /// <summary>What an administrator must do to fix it.</summary>
    public string Hint { get; }

    /// <summary>When rate limited: how long to wait before retrying.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>
    /// For an operation sent in several requests (contacts in chunks of 1000, DNC numbers, deletes): how many items
    /// Genesys accepted in the requests before the one that failed. 0 means nothing of this call was written.
    /// </summary>
    public int AcceptedBeforeFailure { get; private init; }

    /// <summary>This failure, recording that Genesys accepted <paramref name="accepted"/> items in earlier requests of the same call.</summary>
    public GenesysApiException WithAcceptedBeforeFailure(int accepted)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(accepted);
        return accepted == AcceptedBeforeFailure
            ? this
            : new GenesysApiException(ErrorCode, Message, Hint, StatusCode, GenesysCode, MessageParams, ContextId, CorrelationId, RetryAfter, InnerException)
            {
                AcceptedBeforeFailure = accepted,
            };
    }
}
