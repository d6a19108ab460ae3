using CampaignBridge.Functions.Api;
using CampaignBridge.Genesys;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace CampaignBridge.Functions.Campaigns;

/// <summary>Lists outbound campaigns, one page at a time.</summary>
public sealed class ListCampaigns
{
    /// <summary>Longest accepted <c>name</c> filter.</summary>
    public const int MaxNameLength = 256;

    private readonly ApiRequestExecutor _executor;
    private readonly IGenesysOutboundClient _genesys;

    /// <summary>Creates the function.</summary>
    public ListCampaigns(ApiRequestExecutor executor, IGenesysOutboundClient genesys)
    {
        _executor = executor;
        _genesys = genesys;
    }

    /// <summary>200 <c>{campaigns, pageNumber, pageSize, total, pageCount}</c>; query <c>name</c>, <c>pageSize</c> (1-100), <c>pageNumber</c>.</summary>
    [Function(nameof(ListCampaigns))]
    public Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Campaigns)] HttpRequest request)
        => _executor.ExecuteAsync(request, nameof(ListCampaigns), async cancellationToken =>
        {
            if (!QueryParameters.TryGetString(request, "name", MaxNameLength, out var name, out var problem)
                || !QueryParameters.TryGetInt(request, "pageSize", 1, CampaignQuery.MaxPageSize, CampaignQuery.DefaultPageSize, out var pageSize, out problem)
                || !QueryParameters.TryGetInt(request, "pageNumber", 1, 10_000, 1, out var pageNumber, out problem))
            {
                return ApiResults.Problem(problem);
            }

            var listing = await _genesys.ListCampaignsAsync(new CampaignQuery(name, pageSize, pageNumber), cancellationToken).ConfigureAwait(false);
            return ApiResults.Ok(new CampaignPage
            {
                Campaigns = listing.Entities.Select(CampaignSummary.From).ToList(),
                PageNumber = listing.PageNumber,
                PageSize = listing.PageSize,
                Total = listing.Total,
                PageCount = listing.PageCount,
            });
        });
}
