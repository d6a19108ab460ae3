namespace GenesysCloud.Emulator;

/// <summary>A stored contact list and its contacts (guarded by the state lock).</summary>
internal sealed class ContactListRecord(ContactListSeed seed, DateTimeOffset created)
{
    public string Id { get; } = seed.Id;

    public string Name { get; } = seed.Name;

    public int Version { get; } = seed.Version;

    public IReadOnlyList<string> ColumnNames { get; } = [.. seed.ColumnNames];

    public IReadOnlyList<PhoneColumnSeed> PhoneColumns { get; } =
        [.. seed.PhoneColumns.Select(c => new PhoneColumnSeed { ColumnName = c.ColumnName, Type = c.Type })];

    public DateTimeOffset DateCreated { get; } = created;

    public Dictionary<string, EmulatedContact> Contacts { get; } = seed.Contacts.ToDictionary(
        c => c.Id,
        c => new EmulatedContact(c.Id, seed.Id, new Dictionary<string, string>(c.Data, StringComparer.Ordinal), c.Callable),
        StringComparer.Ordinal);
}
