using CampaignBridge.Functions.Api;
using CampaignBridge.Functions.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace CampaignBridge.Functions.Outbox;

/// <summary>GET <c>operations/{operationId}</c>: the state of queued work (contact writes, call results), whichever lane holds it.</summary>
internal sealed class GetOperation(IEnumerable<DeliveryOperationStore> lanes, ApiRequestExecutor executor)
{
    /// <summary>Problem code for an operation id nobody issued (or whose row was deleted).</summary>
    public const string NotFoundCode = "operation.not_found";

    [Function(nameof(GetOperation))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Operation)] HttpRequest request,
        string operationId)
        => executor.ExecuteAsync(request, nameof(GetOperation), async cancellationToken =>
        {
            if (!OperationId.TryParse(operationId, out var id))
            {
                return ApiResults.Problem(ApiProblems.BadRequest(
                    request.HttpContext,
                    ApiErrorCodes.InvalidId,
                    nameof(operationId),
                    $"operationId {GenesysEntityId.Quote(operationId)} is not an operation id; expected a GUID such as 0f8fad5b-d9cb-469f-a165-70867728950e.",
                    "Use the operationId (or the statusUrl) from the 202 answer that queued the work."));
            }

            DeliveryOperation? operation = null;
            foreach (var lane in lanes)
            {
                operation = await lane.GetAsync(id, cancellationToken).ConfigureAwait(false);
                if (operation is not null)
                {
                    break;
                }
            }

            if (operation is null)
            {
                return ApiResults.Problem(ApiProblems.Create(
                    request.HttpContext,
                    StatusCodes.Status404NotFound,
                    NotFoundCode,
                    $"No operation {id} exists.",
                    "Use the operationId from the 202 answer that queued the work; operations are kept in the ContactSyncOperations table."));
            }

            return ApiResults.Ok(operation);
        });
}
