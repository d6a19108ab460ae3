using CampaignBridge.Functions.Campaigns;

namespace CampaignBridge.Reliability.Tests.Support;

/// <summary>The call most scenarios repeat: GetCampaign for the seed's "Spring Renewals".</summary>
public static class CampaignCalls
{
    public static Task<FunctionAnswer> GetSpringRenewalsAsync(this ReliabilityHost host)
    {
        var request = host.Request("GET", $"/api/campaigns/{ReliabilityHost.SpringRenewalsId}");
        return host.CallAsync<GetCampaign>(request, f => f.Run(request, ReliabilityHost.SpringRenewalsId));
    }

    /// <summary>Calls until one succeeds (at most <paramref name="attempts"/> calls, <paramref name="pause"/> apart); every answer is tallied.</summary>
    public static async Task<bool> UntilSucceededAsync(this ReliabilityHost host, CallTally tally, int attempts, TimeSpan pause)
    {
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            if (tally.Add(await host.GetSpringRenewalsAsync()).Succeeded)
            {
                return true;
            }

            await Task.Delay(pause);
        }

        return false;
    }
}
