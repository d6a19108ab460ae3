using CampaignBridge.Functions.Api;
using CampaignBridge.Salesforce;
using Microsoft.AspNetCore.Mvc;

namespace CampaignBridge.Functions.OutboundMessages;

/// <summary>Writes the SOAP answer of an <see cref="OutboundMessageOutcome"/>: the exact ACK, or a fault (nothing to a caller that has gone).</summary>
internal sealed class SoapResult(OutboundMessageOutcome outcome) : IActionResult
{
    public OutboundMessageOutcome Outcome { get; } = outcome;

    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        response.StatusCode = Outcome.StatusCode;
        response.ContentType = SoapResponses.ContentType;
        var body = Outcome.FaultCode is { } faultCode
            ? SoapResponses.Fault(faultCode, $"{Outcome.Code}: {Outcome.Detail}")
            : SoapResponses.Acknowledgement;
        await CallerConnection.WriteBodyAsync(context.HttpContext, (stream, cancellationToken) => stream.WriteAsync(body, cancellationToken).AsTask()).ConfigureAwait(false);
    }
}
