namespace Salesforce.Emulator;

/// <summary>
/// Every record of the org by type, in insertion order, keyed by the 15-character id. Not thread-safe: callers
/// hold <see cref="SalesforceState.Gate"/>. <see cref="Snapshot"/>/<see cref="Restore"/> give all-or-none rollback.
/// </summary>
internal sealed class RecordStore
{
    private Dictionary<string, OrderedDictionary<string, StoredRecord>> byType = new(StringComparer.OrdinalIgnoreCase);

    public void Add(StoredRecord record)
    {
        if (!byType.TryGetValue(record.Type, out var records))
        {
            records = new OrderedDictionary<string, StoredRecord>(StringComparer.Ordinal);
            byType[record.Type] = records;
        }

        records.Add(SalesforceIds.Key(record.Id), record);
    }

    /// <summary>The record with this id (15 or 18 characters), deleted ones included; null when none.</summary>
    public StoredRecord? Find(string id)
    {
        var key = SalesforceIds.Key(id);
        foreach (var records in byType.Values)
        {
            if (records.TryGetValue(key, out var record))
            {
                return record;
            }
        }

        return null;
    }

    public bool Contains(string id) => Find(id) is not null;

    /// <summary>All records of a type in insertion order, deleted ones included.</summary>
    public IReadOnlyList<StoredRecord> All(string type) =>
        byType.TryGetValue(type, out var records) ? [.. records.Values] : [];

    /// <summary>Records of a type that are not deleted.</summary>
    public IEnumerable<StoredRecord> Live(string type) => All(type).Where(r => !r.IsDeleted);

    public void Clear() => byType.Clear();

    /// <summary>A deep copy of everything (before an all-or-none request).</summary>
    public Dictionary<string, OrderedDictionary<string, StoredRecord>> Snapshot() =>
        byType.ToDictionary(
            t => t.Key,
            t => new OrderedDictionary<string, StoredRecord>(t.Value.Select(r => KeyValuePair.Create(r.Key, r.Value.Clone())), StringComparer.Ordinal),
            StringComparer.OrdinalIgnoreCase);

    /// <summary>Puts back a <see cref="Snapshot"/> (the all-or-none rollback).</summary>
    public void Restore(Dictionary<string, OrderedDictionary<string, StoredRecord>> snapshot) => byType = snapshot;
}
