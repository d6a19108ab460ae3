using CampaignBridge.Functions.Api;
using CampaignBridge.Genesys;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace CampaignBridge.Functions.Campaigns;

/// <summary>StopCampaign: turns the campaign off (idempotent: already off or stopping answers 200 with the campaign).</summary>
public sealed class StopCampaign
{
    private readonly ApiRequestExecutor _executor;
    private readonly IGenesysOutboundClient _genesys;

    /// <summary>Creates the function.</summary>
    public StopCampaign(ApiRequestExecutor executor, IGenesysOutboundClient genesys)
    {
        _executor = executor;
        _genesys = genesys;
    }

    /// <summary>200 with the campaign summary; 400 for a malformed id (no upstream call).</summary>
    [Function(nameof(StopCampaign))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = ApiRoutes.StopCampaign)] HttpRequest request,
        string campaignId)
        => _executor.ExecuteForIdAsync(request, nameof(StopCampaign), nameof(campaignId), campaignId, async (id, cancellationToken) =>
        {
            var campaign = await _genesys.StopCampaignAsync(id.Value, cancellationToken).ConfigureAwait(false);
            return ApiResults.Ok(CampaignSummary.From(campaign));
        });
}
