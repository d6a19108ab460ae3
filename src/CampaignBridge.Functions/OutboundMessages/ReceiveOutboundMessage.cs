using CampaignBridge.Functions.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace CampaignBridge.Functions.OutboundMessages;

/// <summary>
/// POST <c>salesforce/outbound/{mapping}</c>: the Salesforce Outbound Message endpoint. Salesforce cannot send
/// headers, so the function key travels as <c>?code=</c> in the endpoint URL configured in Salesforce.
/// </summary>
internal sealed class ReceiveOutboundMessage(OutboundMessageReceiver receiver)
{
    [Function(nameof(ReceiveOutboundMessage))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = ApiRoutes.OutboundMessage)] HttpRequest request,
        string mapping,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var outcome = await receiver.ReceiveAsync(mapping ?? string.Empty, request.Body, cancellationToken).ConfigureAwait(false);
        return new SoapResult(outcome);
    }
}
