namespace CampaignBridge.Functions.Tests.OutboundMessages;

/// <summary>Payloads an attacker (or a broken proxy) could post to the Outbound Message endpoint.</summary>
internal static class HostileXml
{
    public const string ExternalEntity = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE notifications [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
        <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">
         <soapenv:Body>
          <notifications xmlns="http://soap.sforce.com/2005/09/outbound">
           <OrganizationId>00D000000000001</OrganizationId>
           <ActionId>&xxe;</ActionId>
           <Notification><Id>04l1I000000fztEQAQ</Id></Notification>
          </notifications>
         </soapenv:Body>
        </soapenv:Envelope>
        """;

    public const string EntityExpansion = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
         <!ENTITY lol "lol">
         <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
         <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
         <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
         <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
         <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
         <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
         <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
         <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
         <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">
         <soapenv:Body>
          <notifications xmlns="http://soap.sforce.com/2005/09/outbound">
           <OrganizationId>00D000000000001</OrganizationId>
           <ActionId>&lol9;</ActionId>
          </notifications>
         </soapenv:Body>
        </soapenv:Envelope>
        """;

    public const string NotANotification = """
        <?xml version="1.0" encoding="UTF-8"?>
        <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">
         <soapenv:Body>
          <login xmlns="urn:partner.soap.sforce.com"><username>someone</username></login>
         </soapenv:Body>
        </soapenv:Envelope>
        """;
}
