using CampaignBridge.Functions.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.Functions.OutboundMessages;

/// <summary>
/// POST <c>salesforce/outbound/{mapping}</c>: the Salesforce Outbound Message endpoint. Salesforce cannot send
/// headers, so the function key travels as <c>?code=</c> in the endpoint URL configured in Salesforce.
/// </summary>
internal sealed class ReceiveOutboundMessage(OutboundMessageReceiver receiver, ILogger<ReceiveOutboundMessage> logger)
{
    [Function(nameof(ReceiveOutboundMessage))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = ApiRoutes.OutboundMessage)] HttpRequest request,
        string mapping,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var scope = ApiRequestExecutor.BeginRequestScope(logger, request, nameof(ReceiveOutboundMessage));
        OutboundMessageOutcome outcome;
        try
        {
            outcome = await receiver.ReceiveAsync(mapping ?? string.Empty, request.Body, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (CallerConnection.IsGone(request.HttpContext, cancellationToken))
        {
            // Nothing was acknowledged, so Salesforce delivers the message again; the caller decided, nothing failed.
            CallerGoneLog.CallerClosed(logger, nameof(ReceiveOutboundMessage));
            return new SoapResult(OutboundMessageOutcome.CallerGone);
        }

        if (CallerConnection.IsGone(request.HttpContext, cancellationToken))
        {
            CallerGoneLog.CallerClosed(logger, nameof(ReceiveOutboundMessage));
        }

        return new SoapResult(outcome);
    }
}
