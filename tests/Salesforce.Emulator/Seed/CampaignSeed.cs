namespace Salesforce.Emulator;

/// <summary>A Campaign (<c>701…</c>) with its member statuses.</summary>
public sealed class CampaignSeed
{
    /// <summary>Record id.</summary>
    public string Id { get; set; } = "";

    /// <summary>Name (required).</summary>
    public string Name { get; set; } = "";

    /// <summary>Active.</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>Campaign status picklist value.</summary>
    public string? Status { get; set; }

    /// <summary>Member statuses: exactly one default, at least one responded.</summary>
    public List<MemberStatusSeed> MemberStatuses { get; set; } = [];
}
