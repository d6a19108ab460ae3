namespace GenesysCloud.Emulator;

/// <summary>A stored contact list, its contacts and their queue order (guarded by the state lock).</summary>
internal sealed class ContactListRecord
{
    private readonly SortedSet<ContactRecord> queue = new(Comparer<ContactRecord>.Create(CompareQueuePosition));
    private long nextBackKey;
    private long nextFrontKey = -1;

    public ContactListRecord(ContactListSeed seed, DateTimeOffset created)
    {
        Id = seed.Id;
        Name = seed.Name;
        Version = seed.Version;
        ColumnNames = [.. seed.ColumnNames];
        PhoneColumns = [.. seed.PhoneColumns.Select(c => new PhoneColumnSeed { ColumnName = c.ColumnName, Type = c.Type })];
        DateCreated = created;
        foreach (var contact in seed.Contacts)
        {
            Add(new ContactRecord(contact.Id, seed.Id, new Dictionary<string, string>(contact.Data, StringComparer.Ordinal), contact.Callable), priority: false);
        }
    }

    public string Id { get; }

    public string Name { get; }

    public int Version { get; }

    public IReadOnlyList<string> ColumnNames { get; }

    public IReadOnlyList<PhoneColumnSeed> PhoneColumns { get; }

    public DateTimeOffset DateCreated { get; }

    public Dictionary<string, ContactRecord> Contacts { get; } = new(StringComparer.Ordinal);

    /// <summary>Contacts in dial order (priority ones first, then in the order they were queued).</summary>
    public IReadOnlyCollection<ContactRecord> QueueOrder => queue;

    public void Add(ContactRecord contact, bool priority)
    {
        Contacts[contact.Id] = contact;
        contact.QueueKey = priority ? nextFrontKey-- : nextBackKey++;
        queue.Add(contact);
    }

    /// <summary>Moves a contact to the front or the back and starts a new pass for it in every campaign.</summary>
    public void Requeue(ContactRecord contact, bool priority)
    {
        queue.Remove(contact);
        contact.QueueKey = priority ? nextFrontKey-- : nextBackKey++;
        contact.QueueGeneration++;
        contact.HeldSince = 0;
        queue.Add(contact);
    }

    public bool Remove(string contactId)
    {
        if (!Contacts.Remove(contactId, out var contact))
        {
            return false;
        }

        queue.Remove(contact);
        return true;
    }

    private static int CompareQueuePosition(ContactRecord? a, ContactRecord? b) =>
        a!.QueueKey != b!.QueueKey ? a.QueueKey.CompareTo(b.QueueKey) : string.CompareOrdinal(a.Id, b.Id);
}
