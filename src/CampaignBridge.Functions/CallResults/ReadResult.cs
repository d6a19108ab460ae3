namespace CampaignBridge.Functions.CallResults;

/// <summary>What one read of the detail query did (also logged).</summary>
/// <param name="Pages">Detail-query pages read.</param>
/// <param name="Conversations">Conversations seen on them.</param>
/// <param name="Queued">New attempts queued for Salesforce.</param>
/// <param name="AlreadyQueued">Final conversations skipped because they were queued before.</param>
/// <param name="Unfinished">Conversations not final yet (no wrap-up within the grace period).</param>
/// <param name="Failure">Why the read stopped early (a Genesys error code), if it did.</param>
internal sealed record ReadResult(int Pages, int Conversations, int Queued, int AlreadyQueued, int Unfinished, string? Failure)
{
    public static ReadResult Idle { get; } = new(0, 0, 0, 0, 0, null);
}
