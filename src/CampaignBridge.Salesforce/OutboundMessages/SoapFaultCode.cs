namespace CampaignBridge.Salesforce;

/// <summary>The SOAP 1.1 <c>faultcode</c> of a fault response.</summary>
public enum SoapFaultCode
{
    /// <summary><c>soapenv:Client</c>: the message itself is wrong and resending it unchanged will not help.</summary>
    Client = 1,

    /// <summary><c>soapenv:Server</c>: the receiver could not process the message now; a redelivery may succeed.</summary>
    Server,
}
