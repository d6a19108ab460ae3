namespace Salesforce.Emulator;

/// <summary>The 3-character key prefixes of the objects the emulator knows (reference §2 "Record ids").</summary>
public static class KeyPrefixes
{
    /// <summary>Organization (<c>00D</c>).</summary>
    public const string Organization = "00D";

    /// <summary>User (<c>005</c>).</summary>
    public const string User = "005";

    /// <summary>Lead (<c>00Q</c>).</summary>
    public const string Lead = "00Q";

    /// <summary>Contact (<c>003</c>).</summary>
    public const string Contact = "003";

    /// <summary>Account (<c>001</c>); no Account records exist in the emulator, ids of this type never resolve.</summary>
    public const string Account = "001";

    /// <summary>Campaign (<c>701</c>).</summary>
    public const string Campaign = "701";

    /// <summary>CampaignMember (<c>00v</c>).</summary>
    public const string CampaignMember = "00v";

    /// <summary>CampaignMemberStatus (<c>01Y</c>).</summary>
    public const string CampaignMemberStatus = "01Y";

    /// <summary>Task (<c>00T</c>).</summary>
    public const string Task = "00T";

    /// <summary>Query locator of a paged query result (<c>01g</c>, as in <c>nextRecordsUrl</c>).</summary>
    public const string QueryLocator = "01g";
}
