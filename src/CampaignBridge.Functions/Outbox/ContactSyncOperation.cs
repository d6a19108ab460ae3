namespace CampaignBridge.Functions.Outbox;

/// <summary>What <c>GetOperation</c> answers: the state of one queued contact write.</summary>
internal sealed record ContactSyncOperation(
    string OperationId,
    string Status,
    int Submitted,
    int Delivered,
    IReadOnlyList<OperationRejection> Rejected,
    IReadOnlyList<OperationFailure> Failures);
