using CampaignBridge.Functions.Outbox;

namespace CampaignBridge.Functions.CallResults;

/// <summary>What one run of <c>SyncCallResults</c> did.</summary>
/// <param name="Read">The detail-query read.</param>
/// <param name="Swept">Skipped contacts the end-of-campaign sweep queued.</param>
/// <param name="Delivered">The delivery tick into Salesforce.</param>
internal sealed record CallResultsRunResult(ReadResult Read, int Swept, FlushResult Delivered);
