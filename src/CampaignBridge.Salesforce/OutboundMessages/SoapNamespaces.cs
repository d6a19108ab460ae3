namespace CampaignBridge.Salesforce;

/// <summary>Namespace URIs of the Outbound Message contract. Elements are matched by URI, never by prefix.</summary>
internal static class SoapNamespaces
{
    internal const string Soap11Envelope = "http://schemas.xmlsoap.org/soap/envelope/";
    internal const string Outbound = "http://soap.sforce.com/2005/09/outbound";
    internal const string EnterpriseSObject = "urn:sobject.enterprise.soap.sforce.com";
    internal const string XmlSchemaInstance = "http://www.w3.org/2001/XMLSchema-instance";
}
