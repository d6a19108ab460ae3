using CampaignBridge.Functions.Api;
using CampaignBridge.Genesys;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace CampaignBridge.Functions.Campaigns;

/// <summary>GetCampaignProgress: progress and live statistics of a campaign in one answer.</summary>
public sealed class GetCampaignProgress
{
    private readonly ApiRequestExecutor _executor;
    private readonly IGenesysOutboundClient _genesys;

    /// <summary>Creates the function.</summary>
    public GetCampaignProgress(ApiRequestExecutor executor, IGenesysOutboundClient genesys)
    {
        _executor = executor;
        _genesys = genesys;
    }

    /// <summary>200 with <see cref="CampaignProgressReport"/>; the two Genesys reads run concurrently.</summary>
    [Function(nameof(GetCampaignProgress))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.CampaignProgress)] HttpRequest request,
        string campaignId)
        => _executor.ExecuteForIdAsync(request, nameof(GetCampaignProgress), nameof(campaignId), campaignId, async (id, cancellationToken) =>
        {
            var progress = _genesys.GetCampaignProgressAsync(id.Value, cancellationToken);
            var stats = _genesys.GetCampaignStatsAsync(id.Value, cancellationToken);
            await Task.WhenAll(progress, stats).ConfigureAwait(false);
            return ApiResults.Ok(CampaignProgressReport.From(id.Value, await progress.ConfigureAwait(false), await stats.ConfigureAwait(false)));
        });
}
