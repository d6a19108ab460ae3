namespace CampaignBridge.Functions.Outbox;

/// <summary>What <c>GetOperation</c> answers: the state of one operation of queued work (contact writes, call results).</summary>
/// <param name="OperationId">The operation.</param>
/// <param name="Status">One of <see cref="OperationStatus"/>.</param>
/// <param name="Submitted">Items queued.</param>
/// <param name="Delivered">Items the target accepted so far.</param>
/// <param name="Rejected">Items refused: before queueing (validation) or by the target (its code and message).</param>
/// <param name="Failures">Why parts could not be delivered yet or at all.</param>
internal sealed record DeliveryOperation(
    string OperationId,
    string Status,
    int Submitted,
    int Delivered,
    IReadOnlyList<OperationRejection> Rejected,
    IReadOnlyList<OperationFailure> Failures);
