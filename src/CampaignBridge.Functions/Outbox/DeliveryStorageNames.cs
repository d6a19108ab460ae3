namespace CampaignBridge.Functions.Outbox;

/// <summary>The storage a delivery lane uses in the <c>AzureWebJobsStorage</c> account.</summary>
/// <param name="Queue">The queue of pending messages.</param>
/// <param name="PoisonQueue">Where given-up messages and refused items go, with the reason.</param>
/// <param name="OperationsTable">One partition per operation: what was queued and how each part ended.</param>
/// <param name="StateTable">The lane's small state: its pause row and whatever its direction keeps.</param>
/// <param name="PayloadContainer">Blobs for items too large for a queue message.</param>
internal sealed record DeliveryStorageNames(string Queue, string PoisonQueue, string OperationsTable, string StateTable, string PayloadContainer);
