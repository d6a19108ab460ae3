using Microsoft.Extensions.Logging;

namespace CampaignBridge.Genesys.Outbound;

/// <summary>Log events of the outbound client (ids and statuses only; no tokens, no contact data).</summary>
internal static partial class OutboundClientLog
{
    [LoggerMessage(2001, LogLevel.Information, "POST campaigns/{CampaignId}/{Action} answered {StatusCode}; changing the status with GET + PUT instead")]
    public static partial void FallingBackToUpdate(ILogger logger, string campaignId, string action, int statusCode);

    [LoggerMessage(2002, LogLevel.Information, "Campaign {CampaignId} changed while being updated (409, attempt {Attempt} of {MaxAttempts}); re-reading it")]
    public static partial void VersionConflict(ILogger logger, string campaignId, int attempt, int maxAttempts);

    [LoggerMessage(2003, LogLevel.Debug, "Campaign {CampaignId} is already {CampaignStatus}; nothing to {Action}")]
    public static partial void AlreadyInStatus(ILogger logger, string campaignId, string? campaignStatus, string action);

    [LoggerMessage(2005, LogLevel.Warning, "POST campaigns/{CampaignId}/{Action} was refused ({ErrorCode}, HTTP {StatusCode}) and the campaign is not in the requested status")]
    public static partial void ActionRefused(ILogger logger, string campaignId, string action, string errorCode, int statusCode);
}
