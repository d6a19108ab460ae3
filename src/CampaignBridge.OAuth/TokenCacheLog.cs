using Microsoft.Extensions.Logging;

namespace CampaignBridge.OAuth;

/// <summary>Log events of the token cache. They name the service, OAuth client and login host, never a secret or token.</summary>
internal static partial class TokenCacheLog
{
    [LoggerMessage(1001, LogLevel.Debug, "Requesting a {Service} access token for OAuth client {ClientId} from {LoginHost} ({Reason})")]
    public static partial void RequestingToken(ILogger logger, string service, string clientId, string loginHost, string reason);

    [LoggerMessage(1002, LogLevel.Information, "Obtained a {Service} access token for OAuth client {ClientId}, expires {ExpiresAt:O}, refresh from {RefreshAt:O}")]
    public static partial void TokenObtained(ILogger logger, string service, string clientId, DateTimeOffset expiresAt, DateTimeOffset refreshAt);

    [LoggerMessage(1003, LogLevel.Warning, "The {Service} login service refused the credentials of OAuth client {ClientId} ({ErrorCode}); re-reading the credentials once in case they were rotated")]
    public static partial void RereadingCredentials(ILogger logger, string service, string clientId, string errorCode);

    [LoggerMessage(1004, LogLevel.Error, "{Service} token request failed ({ErrorCode}, HTTP {StatusCode}); next attempt not before {RetryNotBefore:O}. {Hint}")]
    public static partial void TokenRequestFailed(ILogger logger, string service, string errorCode, int statusCode, DateTimeOffset retryNotBefore, string hint);

    [LoggerMessage(1005, LogLevel.Error, "{Service} token request failed ({ExceptionType}); next attempt not before {RetryNotBefore:O}")]
    public static partial void TokenRequestFailedUnexpectedly(ILogger logger, string service, string exceptionType, DateTimeOffset retryNotBefore, Exception exception);

    [LoggerMessage(1007, LogLevel.Warning, "{Service} token request answered {ErrorCode} (HTTP {StatusCode}); asking once more")]
    public static partial void RetryingServerError(ILogger logger, string service, string errorCode, int statusCode);

    [LoggerMessage(1006, LogLevel.Information, "{Service} answered 401 to the access token of OAuth client {ClientId} expiring {ExpiresAt:O}; discarding it")]
    public static partial void TokenRejected(ILogger logger, string service, string clientId, DateTimeOffset expiresAt);
}
