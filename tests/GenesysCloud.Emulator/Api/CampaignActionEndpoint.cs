namespace GenesysCloud.Emulator;

/// <summary>Endpoint metadata marking <c>POST .../start|stop</c>, which answer 404 when <c>settings.campaignStartStopEndpoints</c> is false.</summary>
internal sealed class CampaignActionEndpoint
{
    public static readonly CampaignActionEndpoint Instance = new();

    private CampaignActionEndpoint()
    {
    }
}
