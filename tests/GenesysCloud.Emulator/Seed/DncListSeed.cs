namespace GenesysCloud.Emulator;

/// <summary>A DNC list (Genesys <c>DncList</c>). Only <c>rds</c> (Internal) lists accept appended numbers.</summary>
public sealed class DncListSeed
{
    /// <summary>The Internal DNC list type, the only one numbers can be appended to.</summary>
    public const string InternalSourceType = "rds";

    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary><c>rds</c>, <c>rds_custom</c>, <c>dnc.com</c> or <c>gryphon</c>.</summary>
    public string DncSourceType { get; set; } = InternalSourceType;

    /// <summary><c>Phone</c>, <c>Email</c>, <c>Any</c>, <c>WhatsApp</c>; required by Genesys for rds lists.</summary>
    public string? ContactMethod { get; set; }

    public int Version { get; set; } = 1;

    /// <summary>Numbers present at start.</summary>
    public List<string> PhoneNumbers { get; set; } = [];
}
