namespace CampaignBridge.Genesys;

/// <summary>Query flags of the add-contacts call (reference §8.2: contacts are queue entries, not rows).</summary>
/// <param name="Priority">Dial the contacts next instead of at the end of the queue.</param>
/// <param name="ClearSystemData">Clear system columns (attempts, callable status, call records) of contacts that already exist.</param>
/// <param name="DoNotQueue">
/// Keep existing contacts' queue positions, so contacts already dialed are not dialed again. On by default: a write
/// with it off re-queues every existing contact it names (an outbox redelivery or an unrelated field edit would call the
/// person again). New contacts are queued either way (see <see cref="GenesysClientOptions.NewContactsWithDoNotQueue"/>).
/// </param>
public sealed record ContactWriteOptions(bool Priority = false, bool ClearSystemData = false, bool DoNotQueue = true)
{
    /// <summary>Keep queue positions: nothing already dialed is dialed again.</summary>
    public static ContactWriteOptions Default { get; } = new();

    /// <summary>Re-queue existing contacts so the dialer calls them again (what a caller asks for explicitly).</summary>
    public static ContactWriteOptions Redial { get; } = new(DoNotQueue: false);
}
