namespace CampaignBridge.Functions.Outbox;

/// <summary>What the target did with one item of a request that as a whole succeeded.</summary>
/// <param name="Kind">Delivered, to be retried, or refused for good.</param>
/// <param name="Reason">Why it was not delivered (the target's code and message); null when delivered.</param>
internal readonly record struct ItemOutcome(ItemOutcomeKind Kind, string? Reason = null)
{
    public static ItemOutcome Delivered { get; } = new(ItemOutcomeKind.Delivered);

    public static ItemOutcome Retry(string reason) => new(ItemOutcomeKind.Retry, reason);

    public static ItemOutcome Rejected(string reason) => new(ItemOutcomeKind.Rejected, reason);
}
