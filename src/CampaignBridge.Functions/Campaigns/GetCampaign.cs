using CampaignBridge.Functions.Api;
using CampaignBridge.Genesys;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace CampaignBridge.Functions.Campaigns;

/// <summary>GetCampaign: one campaign summary; 404 problem+json when Genesys has no such campaign.</summary>
public sealed class GetCampaign
{
    private readonly ApiRequestExecutor _executor;
    private readonly IGenesysOutboundClient _genesys;

    /// <summary>Creates the function.</summary>
    public GetCampaign(ApiRequestExecutor executor, IGenesysOutboundClient genesys)
    {
        _executor = executor;
        _genesys = genesys;
    }

    /// <summary>200 with the campaign summary; 400 for a malformed id (no upstream call).</summary>
    [Function(nameof(GetCampaign))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Campaign)] HttpRequest request,
        string campaignId)
        => _executor.ExecuteForIdAsync(request, nameof(GetCampaign), nameof(campaignId), campaignId, async (id, cancellationToken) =>
        {
            var campaign = await _genesys.GetCampaignAsync(id.Value, cancellationToken).ConfigureAwait(false);
            return ApiResults.Ok(CampaignSummary.From(campaign));
        });
}
