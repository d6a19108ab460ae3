namespace CampaignBridge.Functions.Outbox;

/// <summary>The <c>status</c> values of an operation (camelCase strings, part of the API contract).</summary>
internal static class OperationStatus
{
    /// <summary>Nothing has been tried yet.</summary>
    public const string Queued = "queued";

    /// <summary>Some parts are done or being retried, others are still waiting.</summary>
    public const string Delivering = "delivering";

    /// <summary>Every queued contact was accepted by Genesys.</summary>
    public const string Delivered = "delivered";

    /// <summary>Nothing could be delivered; <c>failures</c> says why.</summary>
    public const string Failed = "failed";

    /// <summary>Some parts were delivered, others were given up; <c>failures</c> says why.</summary>
    public const string PartiallyFailed = "partiallyFailed";
}
