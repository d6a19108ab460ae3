namespace GenesysCloud.Emulator;

/// <summary>A contact list (Genesys <c>ContactList</c>) with optional initial contacts.</summary>
public sealed class ContactListSeed
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public int Version { get; set; } = 1;

    public List<string> ColumnNames { get; set; } = [];

    public List<PhoneColumnSeed> PhoneColumns { get; set; } = [];

    public List<ContactSeed> Contacts { get; set; } = [];
}
