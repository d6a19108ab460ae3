namespace CampaignBridge.Functions.Outbox;

/// <summary>A failed request, as the engine acts on it.</summary>
/// <param name="Kind">What to do.</param>
/// <param name="Code">The target's stable error code (for the pause row and logs).</param>
/// <param name="Reason">A short reason for operations and logs: code, message and hint.</param>
/// <param name="RetryAfter">How long the target asked to wait (rate limits), if it said.</param>
internal sealed record DeliveryFailure(DeliveryFailureKind Kind, string Code, string Reason, TimeSpan? RetryAfter = null);
