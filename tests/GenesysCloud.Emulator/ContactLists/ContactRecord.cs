namespace GenesysCloud.Emulator;

/// <summary>
/// A stored contact with its system columns and its place in the list's queue (guarded by the state lock).
/// Queue order is list-wide: <see cref="QueueKey"/> ascending; a re-queue gives a new key and a new
/// <see cref="QueueGeneration"/>, which starts a fresh pass in every campaign of the list.
/// </summary>
internal sealed class ContactRecord(string id, string contactListId, Dictionary<string, string> data, bool callable)
{
    private static readonly Dictionary<string, bool> NoNumberStatus = [];
    private static readonly Dictionary<string, EmulatedCallRecord> NoCallRecords = [];

    // Created on first use: most contacts of a large list are never dialed.
    private Dictionary<string, bool>? numberStatus;
    private Dictionary<string, EmulatedCallRecord>? callRecords;

    public string Id { get; } = id;

    public string ContactListId { get; } = contactListId;

    public Dictionary<string, string> Data { get; set; } = data;

    public bool Callable { get; set; } = callable;

    /// <summary>Column -> callable; absent = callable.</summary>
    public IReadOnlyDictionary<string, bool> PhoneNumberStatus => numberStatus ?? NoNumberStatus;

    /// <summary>Column -> the last attempt on it.</summary>
    public IReadOnlyDictionary<string, EmulatedCallRecord> CallRecords => callRecords ?? NoCallRecords;

    public long QueueKey { get; set; }

    public int QueueGeneration { get; set; }

    /// <summary>Write sequence at which a new contact was held until a recycle (older doNotQueue wording); 0 = not held.</summary>
    public long HeldSince { get; set; }

    /// <summary>The attempt on this contact that is dialing, talking or in after-call work.</summary>
    public AttemptRecord? InFlight { get; set; }

    public bool IsNumberCallable(string column) => PhoneNumberStatus.GetValueOrDefault(column, true);

    public void SetNumberCallable(string column, bool callable) => (numberStatus ??= new(StringComparer.Ordinal))[column] = callable;

    public void RecordCall(string column, EmulatedCallRecord record) => (callRecords ??= new(StringComparer.Ordinal))[column] = record;

    /// <summary>clearSystemData: attempts, callable status and call records back to a fresh contact's.</summary>
    public void ClearSystemData()
    {
        Callable = true;
        numberStatus = null;
        callRecords = null;
    }

    public EmulatedContact Snapshot() =>
        new(Id, ContactListId, new Dictionary<string, string>(Data, StringComparer.Ordinal), Callable)
        {
            CallRecords = new Dictionary<string, EmulatedCallRecord>(CallRecords, StringComparer.Ordinal),
            PhoneNumberStatus = new Dictionary<string, bool>(PhoneNumberStatus, StringComparer.Ordinal),
        };
}
