namespace CampaignBridge.Functions.CallResults;

/// <summary>
/// What a result means in Salesforce beyond the logged call (<c>CallResults:Outcomes:&lt;n&gt;:...</c>): <see cref="Result"/> is
/// an agent wrap-up code's name or a system code (<c>ININ-OUTBOUND-BUSY</c>), compared without case.
/// </summary>
internal sealed class OutcomeRule
{
    /// <summary>The wrap-up code name or system code this rule is for.</summary>
    public string? Result { get; set; }

    /// <summary>The CampaignMember status to set (needs the campaign's <see cref="FollowedCampaign.SalesforceCampaignId"/>).</summary>
    public string? CampaignMemberStatus { get; set; }

    /// <summary>Set <c>DoNotCall = true</c> on the Lead/Contact and put the number on <c>CallResults:DncListId</c>.</summary>
    public bool DoNotCall { get; set; }
}
