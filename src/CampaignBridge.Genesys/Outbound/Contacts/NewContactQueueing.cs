namespace CampaignBridge.Genesys;

/// <summary>
/// What Genesys does with a NEW contact written with <c>doNotQueue=true</c> (reference §8.2). The current API
/// descriptions (SDK 270, CLI 166, Terraform 1.84.1) say the flag "has no effect" on new contacts; copies of an older
/// description say they "will not be called until a campaign recycle". Which one the live service follows cannot be
/// settled from public sources, so the client supports both.
/// </summary>
public enum NewContactQueueing
{
    /// <summary>The current wording (default): new contacts are queued whatever <c>doNotQueue</c> says. No extra requests.</summary>
    Queued,

    /// <summary>
    /// The older wording: new contacts written with <c>doNotQueue=true</c> wait for a recycle. The client then reads the ids
    /// first (one bulk read per 50 contacts) and writes the ids that do not exist yet with <c>doNotQueue=false</c>.
    /// </summary>
    HeldUntilRecycle,
}
