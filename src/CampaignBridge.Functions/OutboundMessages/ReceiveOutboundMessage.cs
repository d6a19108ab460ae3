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
internal sealed partial class ReceiveOutboundMessage(OutboundMessageReceiver receiver, ILogger<ReceiveOutboundMessage> logger)
{
    /// <summary>
    /// Media types accepted for the SOAP 1.1 body. Salesforce sends <c>text/xml</c>; the reference marks its exact
    /// parameters UNCONFIRMED (<c>charset=utf-8</c> expected), so parameters are not checked: the XML declares its own
    /// encoding, and refusing an unexpected charset parameter would drop real deliveries.
    /// </summary>
    public static readonly IReadOnlyList<string> AcceptedMediaTypes = ["text/xml", "application/xml"];

    [Function(nameof(ReceiveOutboundMessage))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = ApiRoutes.OutboundMessage)] HttpRequest request,
        string mapping,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var scope = ApiRequestExecutor.BeginRequestScope(logger, request, nameof(ReceiveOutboundMessage));
        if (!IsXml(request.ContentType))
        {
            LogNotXml(logger, request.ContentType is null ? "none" : "not XML");
            return new SoapResult(OutboundMessageOutcome.Refuse(
                OutboundMessageCodes.UnsupportedMediaType,
                "An Outbound Message is a SOAP 1.1 envelope sent with 'Content-Type: text/xml'; this request has " + (request.ContentType is null ? "no Content-Type." : "another one."),
                StatusCodes.Status415UnsupportedMediaType));
        }

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

    private static bool IsXml(string? contentType)
        => Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
           && AcceptedMediaTypes.Contains(mediaType.MediaType.Value, StringComparer.OrdinalIgnoreCase);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an Outbound Message (salesforce.outbound.unsupported_media_type; Content-Type {ContentType})")]
    private static partial void LogNotXml(ILogger logger, string contentType);
}
