namespace CampaignBridge.Genesys;

/// <summary>Where a finished contact-list export can be downloaded (<c>ExportUri</c>).</summary>
/// <param name="Uri">The download address.</param>
/// <param name="ExportTimestamp">When the export was taken.</param>
public sealed record ContactListExportUri(string? Uri, DateTimeOffset? ExportTimestamp);
