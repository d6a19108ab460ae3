using System.Globalization;

namespace CampaignBridge.Testing.Salesforce;

/// <summary>The SOAP envelope of an Outbound Message around its <c>Notification</c> elements (API v41.0 sample shape).</summary>
public static class OutboundMessageEnvelope
{
    /// <summary>The message from <paramref name="organizationId"/> carrying <paramref name="notifications"/> (the XML of the Notification elements).</summary>
    public static string Wrap(string organizationId, string notifications)
        => string.Create(CultureInfo.InvariantCulture, $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
             <soapenv:Body>
              <notifications xmlns="http://soap.sforce.com/2005/09/outbound">
               <OrganizationId>{organizationId}</OrganizationId>
               <ActionId>04k1I000000bmsHQAQ</ActionId>
               <SessionId xsi:nil="true"/>
               <EnterpriseUrl>https://na73.salesforce.com/services/Soap/c/41.0/{organizationId}</EnterpriseUrl>
               <PartnerUrl>https://na73.salesforce.com/services/Soap/u/41.0/{organizationId}</PartnerUrl>
            {notifications}  </notifications>
             </soapenv:Body>
            </soapenv:Envelope>
            """);
}
