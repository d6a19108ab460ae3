namespace Salesforce.Emulator;

/// <summary>A CampaignMemberStatus of one campaign (reference §6.2).</summary>
public sealed class MemberStatusSeed
{
    /// <summary>Record id (<c>01Y…</c>); null = generated.</summary>
    public string? Id { get; set; }

    /// <summary>The status value members carry.</summary>
    public string Label { get; set; } = "";

    /// <summary>Exactly one status per campaign is the default.</summary>
    public bool IsDefault { get; set; }

    /// <summary>Members with this status count as responded; at least one per campaign.</summary>
    public bool HasResponded { get; set; }

    /// <summary>Order; null = position in the list (1-based).</summary>
    public int? SortOrder { get; set; }
}
