namespace CampaignBridge.Functions.Outbox;

/// <summary>Items to queue on a lane, plus the records already refused before queueing.</summary>
/// <param name="Template">
/// A message carrying the group and the write options (its operation, part, sequence and items are filled in per part).
/// </param>
/// <param name="Items">The writes in the order they were received; later writes of the same key win (see the target's rule).</param>
/// <param name="Rejected">Records refused before queueing, kept on the operation for <c>GetOperation</c>.</param>
/// <param name="Source">Who queued it, for logs and the operation row.</param>
internal sealed record DeliveryRequest<TItem, TMessage>(TMessage Template, IReadOnlyList<TItem> Items, IReadOnlyList<OperationRejection> Rejected, string Source)
    where TMessage : class, IDeliveryMessage<TItem, TMessage>;
