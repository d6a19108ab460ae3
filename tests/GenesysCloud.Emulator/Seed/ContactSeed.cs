namespace GenesysCloud.Emulator;

/// <summary>A contact present in a contact list at start.</summary>
public sealed class ContactSeed
{
    public string Id { get; set; } = "";

    public Dictionary<string, string> Data { get; set; } = [];

    public bool Callable { get; set; } = true;
}
