namespace CampaignBridge.OAuth;

/// <summary>
/// What the token cache needs to know of a failure of the service it talks to: a stable code and a hint for the log, the
/// status, and how long the service asked callers to wait. Implemented by each client's exception type.
/// </summary>
public interface IUpstreamFailure
{
    /// <summary>The client's stable error code (e.g. <c>genesys.oauth.invalid_client</c>).</summary>
    string ErrorCode { get; }

    /// <summary>The upstream HTTP status, or 0 when no response was received.</summary>
    int StatusCode { get; }

    /// <summary>What an administrator must do.</summary>
    string Hint { get; }

    /// <summary>How long the service asked to wait before trying again, if it said.</summary>
    TimeSpan? RetryAfter { get; }
}
