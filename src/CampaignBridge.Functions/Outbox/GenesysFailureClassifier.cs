using CampaignBridge.Genesys;

namespace CampaignBridge.Functions.Outbox;

/// <summary>Sorts a failed contact write into what the flusher should do about it.</summary>
internal static class GenesysFailureClassifier
{
    public static GenesysFailureKind Classify(GenesysApiException exception) => exception.ErrorCode switch
    {
        GenesysErrorCodes.RateLimited => GenesysFailureKind.RateLimited,
        GenesysErrorCodes.NotFound => GenesysFailureKind.ListMissing,
        GenesysErrorCodes.InvalidContactColumns or GenesysErrorCodes.BadRequest => GenesysFailureKind.Permanent,

        // Credentials, permissions, version conflicts, 5xx, timeouts: an administrator or time fixes these, and
        // the data is fine, so the messages stay queued.
        _ => GenesysFailureKind.Transient,
    };

    /// <summary>A short reason for the operation and logs: the stable code, the message and the admin hint.</summary>
    public static string Describe(GenesysApiException exception) => string.IsNullOrEmpty(exception.Hint)
        ? $"{exception.ErrorCode}: {exception.Message}"
        : $"{exception.ErrorCode}: {exception.Message} {exception.Hint}";
}
