namespace GenesysCloud.Emulator;

/// <summary>A contact stored in an emulated contact list.</summary>
/// <param name="Id">Contact id (custom or server-assigned GUID).</param>
/// <param name="ContactListId">The list it belongs to.</param>
/// <param name="Data">Column values.</param>
/// <param name="Callable">Contact-level callable flag.</param>
public sealed record EmulatedContact(string Id, string ContactListId, IReadOnlyDictionary<string, string> Data, bool Callable);
