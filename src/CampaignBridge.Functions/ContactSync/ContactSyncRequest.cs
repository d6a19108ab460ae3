using CampaignBridge.Functions.Outbox;

namespace CampaignBridge.Functions.ContactSync;

/// <summary>Contact writes to queue for one contact list, plus the records already refused by validation.</summary>
/// <param name="ContactListId">The Genesys contact list (a GUID, validated by the caller).</param>
/// <param name="Contacts">
/// The writes in the order they were received; later writes to the same id win, unless both carry
/// <see cref="QueuedContact.ModifiedAt"/> and the earlier one is the newer record.
/// </param>
/// <param name="Options">The Genesys write flags.</param>
/// <param name="Rejected">Records refused before queueing, kept on the operation for <c>GetOperation</c>.</param>
/// <param name="Source">Who queued it (<see cref="ContactSyncSources"/>), for logs and the operation row.</param>
internal sealed record ContactSyncRequest(
    string ContactListId,
    IReadOnlyList<QueuedContact> Contacts,
    QueuedWriteOptions Options,
    IReadOnlyList<OperationRejection> Rejected,
    string Source);
