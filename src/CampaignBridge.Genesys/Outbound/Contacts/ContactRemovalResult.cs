namespace CampaignBridge.Genesys;

/// <summary>
/// What removing contacts achieved. Genesys deletes only contacts no campaign is using ("Only contacts that are not in use
/// by any campaign will be deleted") and says nothing about the others, so the client reads the ids back and makes the
/// ones it kept uncallable: either way, none of them is dialed again.
/// </summary>
/// <param name="Removed">Ids no longer in the contact list (including ids that were never in it).</param>
/// <param name="Stopped">Ids Genesys kept because a campaign uses them; they are now marked uncallable.</param>
public sealed record ContactRemovalResult(IReadOnlyList<string> Removed, IReadOnlyList<string> Stopped);
