using Microsoft.Extensions.Logging;

namespace CampaignBridge.Genesys.Http;

/// <summary>Log events of the Platform API transport (ids and statuses only; no tokens, no contact data).</summary>
internal static partial class TransportLog
{
    [LoggerMessage(2004, LogLevel.Warning, "Genesys Cloud {Operation} failed: {ErrorCode} (HTTP {StatusCode}, contextId {ContextId})")]
    public static partial void OperationFailed(ILogger logger, string operation, string errorCode, int statusCode, string? contextId);
}
