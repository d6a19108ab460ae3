namespace CampaignBridge.Genesys;

/// <summary>Query flags of the add-contacts call.</summary>
/// <param name="Priority">Dial the contacts next instead of at the end of the queue.</param>
/// <param name="ClearSystemData">Clear system columns (attempts, callable status) of contacts that already exist.</param>
/// <param name="DoNotQueue">Keep updated contacts' queue positions, so contacts already dialed are not redialed.</param>
public sealed record ContactWriteOptions(bool Priority = false, bool ClearSystemData = false, bool DoNotQueue = false)
{
    /// <summary>All flags off.</summary>
    public static ContactWriteOptions Default { get; } = new();
}
