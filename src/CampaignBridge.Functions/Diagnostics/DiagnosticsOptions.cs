namespace CampaignBridge.Functions.Diagnostics;

/// <summary>The <c>Diagnostics</c> configuration section (what the permission checks read).</summary>
public sealed class DiagnosticsOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Diagnostics";

    /// <summary><c>Diagnostics:CampaignId</c>: campaign whose contact list the checks read; empty = the first campaign.</summary>
    public string? CampaignId { get; set; }

    /// <summary><c>Diagnostics:DncListId</c>: DNC list the checks read; empty = that check is not run.</summary>
    public string? DncListId { get; set; }
}
