namespace GenesysCloud.Emulator;

/// <summary>A snapshot of a contact stored in an emulated contact list, system columns included.</summary>
/// <param name="Id">Contact id (custom or server-assigned GUID).</param>
/// <param name="ContactListId">The list it belongs to.</param>
/// <param name="Data">Column values.</param>
/// <param name="Callable">Contact-level callable flag (written by a client, or cleared by a wrap-up mapped CONTACT_UNCALLABLE).</param>
public sealed record EmulatedContact(string Id, string ContactListId, IReadOnlyDictionary<string, string> Data, bool Callable)
{
    /// <summary><c>callRecords</c>: phone column -> the last attempt on it (only columns that had one).</summary>
    public IReadOnlyDictionary<string, EmulatedCallRecord> CallRecords { get; init; } = new Dictionary<string, EmulatedCallRecord>();

    /// <summary><c>phoneNumberStatus</c>: phone column -> callable (columns without an entry are callable).</summary>
    public IReadOnlyDictionary<string, bool> PhoneNumberStatus { get; init; } = new Dictionary<string, bool>();
}
