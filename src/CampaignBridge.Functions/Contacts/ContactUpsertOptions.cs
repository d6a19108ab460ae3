namespace CampaignBridge.Functions.Contacts;

/// <summary>
/// Genesys write options for an upsert. Without options, existing contacts keep their place in the dialer's queue, so
/// nobody already called is called again; new contacts are always queued.
/// </summary>
public sealed record ContactUpsertOptions
{
    /// <summary>Dial these contacts next (default false).</summary>
    public bool? Priority { get; init; }

    /// <summary>Clear attempts, callable status and call records of existing contacts (default false).</summary>
    public bool? ClearSystemData { get; init; }

    /// <summary>
    /// Keep existing contacts' queue positions, so contacts already dialed are not dialed again (default true).
    /// <c>false</c> means the same as <see cref="Redial"/>.
    /// </summary>
    public bool? DoNotQueue { get; init; }

    /// <summary>
    /// Re-queue contacts that already exist so the dialer calls them again (default false). Contradicts
    /// <c>doNotQueue: true</c>; sending both is refused.
    /// </summary>
    public bool? Redial { get; init; }

    /// <summary>Whether Genesys is told to keep queue positions: yes, unless the caller asked for redialing.</summary>
    internal bool KeepsQueuePositions => Redial != true && DoNotQueue != false;
}
