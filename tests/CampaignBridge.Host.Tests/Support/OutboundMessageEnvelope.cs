using System.Globalization;
using System.Text;

namespace CampaignBridge.Host.Tests.Support;

/// <summary>
/// Salesforce Outbound Message envelopes for the sample mapping <c>leads</c> of local.settings.sample.json (org
/// <c>00D000000000001</c>, Lead fields FirstName, LastName, Phone).
/// </summary>
public static class OutboundMessageEnvelope
{
    public const string Mapping = "leads";

    public const string OrganizationId = "00D000000000001";

    public const string ContentType = "text/xml; charset=utf-8";

    /// <summary>An envelope with <paramref name="count"/> notifications; ids derive from <paramref name="batch"/> so that each batch is new.</summary>
    public static string Build(int batch, int count = 1, string organizationId = OrganizationId)
    {
        var notifications = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var n = (batch * 100) + i;
            notifications.Append(CultureInfo.InvariantCulture, $"""
                <Notification><Id>04l5g0000{n:D6}AAA</Id><sObject xsi:type="sf:Lead" xmlns:sf="urn:sobject.enterprise.soap.sforce.com">
                <sf:Id>00Q5g0000{n:D6}</sf:Id><sf:FirstName>Ada{n}</sf:FirstName><sf:LastName>Lovelace</sf:LastName><sf:Phone>(650) 253-{n % 10_000:D4}</sf:Phone>
                </sObject></Notification>
                """);
        }

        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <soapenv:Body><notifications xmlns="http://soap.sforce.com/2005/09/outbound">
            <OrganizationId>{organizationId}</OrganizationId><ActionId>04k5g000000AbCdAAK</ActionId><SessionId xsi:nil="true"/>
            <EnterpriseUrl>https://example.my.salesforce.com/services/Soap/c/62.0/{organizationId}</EnterpriseUrl>
            <PartnerUrl>https://example.my.salesforce.com/services/Soap/u/62.0/{organizationId}</PartnerUrl>
            {notifications}
            </notifications></soapenv:Body></soapenv:Envelope>
            """;
    }
}
