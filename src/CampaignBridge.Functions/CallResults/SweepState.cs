namespace CampaignBridge.Functions.CallResults;

/// <summary>How far the end-of-campaign sweep of one completion (campaign <see cref="Version"/>) got.</summary>
/// <param name="Version">The campaign's version when it was seen complete; a recycle and a new completion sweep again.</param>
/// <param name="Done">Whether the sweep of that completion is finished.</param>
/// <param name="ExportRequestedAt">When the export was asked for; an export taken before it is an older one.</param>
internal sealed record SweepState(int Version, bool Done, DateTimeOffset ExportRequestedAt);
