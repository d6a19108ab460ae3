using CampaignBridge.Functions.Contacts;

namespace CampaignBridge.Functions.ContactSync;

/// <summary>The 202 answer of a queued <c>UpsertContacts</c>: the operation to poll and the records refused up front.</summary>
public sealed record QueuedContactUpsertResult
{
    /// <summary>Id of the queued operation (a GUID).</summary>
    public required string OperationId { get; init; }

    /// <summary>Always <c>queued</c> in this answer; poll <see cref="StatusUrl"/> for progress.</summary>
    public required string Status { get; init; }

    /// <summary>Relative URL of <c>GetOperation</c> for this operation, e.g. <c>/api/operations/{operationId}</c>.</summary>
    public required string StatusUrl { get; init; }

    /// <summary>Records queued for writing.</summary>
    public required int Accepted { get; init; }

    /// <summary>Records refused by validation (not queued), per id and field.</summary>
    public required IReadOnlyList<RejectedRecord> Rejected { get; init; }
}
