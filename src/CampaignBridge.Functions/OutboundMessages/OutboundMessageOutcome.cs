using CampaignBridge.Salesforce;

namespace CampaignBridge.Functions.OutboundMessages;

/// <summary>
/// The answer to one Outbound Message: the ACK (everything is queued), or a SOAP fault that makes Salesforce
/// deliver the message again later. Every refusal is a fault, never an ACK; the status says whose problem it is:
/// 400 + <c>soapenv:Client</c> for input that stays invalid until someone changes configuration (unknown org or
/// mapping, malformed or hostile XML), 500 + <c>soapenv:Server</c> for our failures (storage down, broken mapping).
/// Salesforce retries either way for 24 hours, so a configuration fix within a day still gets the data.
/// </summary>
internal sealed record OutboundMessageOutcome(int StatusCode, SoapFaultCode? FaultCode, string Code, string Detail)
{
    /// <summary>The stable code of a successful delivery.</summary>
    public const string AcknowledgedCode = "salesforce.outbound.acknowledged";

    /// <summary>Everything in the message is queued (or was queued before): answer the ACK.</summary>
    public static OutboundMessageOutcome Acknowledgement { get; } = new(200, null, AcknowledgedCode, "All notifications are queued.");

    /// <summary>The caller closed the request before the answer: recorded, never sent, never an ACK.</summary>
    public static OutboundMessageOutcome CallerGone { get; } = new(Api.ApiRequestExecutor.CallerGoneStatus, SoapFaultCode.Client, Errors.ApiErrorCodes.RequestCancelled, "The caller closed the request.");

    public static OutboundMessageOutcome Refuse(string code, string detail, int statusCode = 400) => new(statusCode, SoapFaultCode.Client, code, detail);

    public static OutboundMessageOutcome Fail(string code, string detail) => new(500, SoapFaultCode.Server, code, detail);
}
