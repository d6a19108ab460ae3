namespace CampaignBridge.Functions.CallResults;

/// <summary>
/// A Genesys campaign whose dial attempts are logged in Salesforce
/// (<c>CallResults:Campaigns:&lt;n&gt;:GenesysCampaignId</c>), and optionally the Salesforce campaign its contacts are members of
/// (<c>…:SalesforceCampaignId</c>): Tasks on Contacts then relate to it, and mapped outcomes set the member status.
/// </summary>
internal sealed class FollowedCampaign
{
    public string? GenesysCampaignId { get; set; }

    public string? SalesforceCampaignId { get; set; }
}
