namespace CampaignBridge.Functions.CallResults;

/// <summary>
/// Where the detail-query reader resumes: its query interval starts at <see cref="IntervalStart"/> (a UTC midnight) and it
/// skips the first <see cref="Offset"/> conversations of that query in end order, which it has finished with. Valid only
/// for the same followed campaigns (<see cref="FilterKey"/>). <see cref="ReadAt"/> is when a read last finished (diagnostics
/// report the lag from it); a failed read leaves it, so the lag grows while Genesys cannot be read.
/// </summary>
internal sealed record ReaderPosition(string FilterKey, DateTimeOffset IntervalStart, int Offset, DateTimeOffset? ReadAt = null);
