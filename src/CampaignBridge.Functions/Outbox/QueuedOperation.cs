namespace CampaignBridge.Functions.Outbox;

/// <summary>The result of queueing: the operation id and how many queue messages carry it.</summary>
internal sealed record QueuedOperation(OperationId OperationId, int Parts, int Contacts)
{
    /// <summary>The relative URL of <c>GetOperation</c> for this operation.</summary>
    public string StatusUrl => $"/api/operations/{OperationId}";
}
