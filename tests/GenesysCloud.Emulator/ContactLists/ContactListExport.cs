namespace GenesysCloud.Emulator;

/// <summary>A contact-list export: the CSV as of the request, ready (has a URI) from <see cref="ReadyAt"/> until <see cref="ExpiresAt"/>.</summary>
internal sealed record ContactListExport(string Id, string ContactListId, DateTimeOffset ReadyAt, DateTimeOffset ExpiresAt, string Csv);
