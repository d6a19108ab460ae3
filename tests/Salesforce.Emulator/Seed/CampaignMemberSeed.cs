namespace Salesforce.Emulator;

/// <summary>A CampaignMember (<c>00v…</c>): a Lead or a Contact in a Campaign.</summary>
public sealed class CampaignMemberSeed
{
    /// <summary>Record id.</summary>
    public string Id { get; set; } = "";

    /// <summary>The campaign (a seeded campaign).</summary>
    public string CampaignId { get; set; } = "";

    /// <summary>The member when it is a Lead (exactly one of LeadId/ContactId).</summary>
    public string? LeadId { get; set; }

    /// <summary>The member when it is a Contact.</summary>
    public string? ContactId { get; set; }

    /// <summary>A member status label of the campaign; null = its default.</summary>
    public string? Status { get; set; }
}
