using System.Globalization;
using System.Text;

namespace CampaignBridge.Reliability.Tests.Support;

/// <summary>Salesforce Outbound Message envelopes (the reference shape) with Contact notifications.</summary>
public static class OutboundMessages
{
    public const string ReceiveEntryPoint = "CampaignBridge.Functions.OutboundMessages.ReceiveOutboundMessage.RunAsync";
    public const string FlushEntryPoint = "CampaignBridge.Functions.ContactSync.FlushContactOutbox.RunAsync";

    /// <summary>The <c>SystemModstamp</c> every record carries unless a message says otherwise.</summary>
    public static readonly DateTimeOffset DefaultModifiedAt = new(2026, 11, 29, 11, 0, 0, TimeSpan.Zero);

    /// <summary>The Salesforce record id of contact <paramref name="index"/> (15 characters).</summary>
    public static string RecordId(int index) => $"0031I00000{index.ToString("D4", CultureInfo.InvariantCulture)}A";

    /// <summary>
    /// One message with a notification for each of <paramref name="records"/>; <paramref name="batch"/> makes the
    /// notification ids unique per message, <paramref name="version"/> goes into the last name so updates can be told apart,
    /// and <paramref name="modifiedAt"/> (default <see cref="DefaultModifiedAt"/>) is every record's <c>SystemModstamp</c>,
    /// as the setup guide asks admins to send it.
    /// </summary>
    public static string Build(
        IEnumerable<int> records, int batch, string version, string organizationId = ReliabilityHost.OrganizationId, DateTimeOffset? modifiedAt = null)
    {
        var systemModstamp = (modifiedAt ?? DefaultModifiedAt).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var xml = new StringBuilder($"""
            <?xml version="1.0" encoding="UTF-8"?>
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
             <soapenv:Body>
              <notifications xmlns="http://soap.sforce.com/2005/09/outbound">
               <OrganizationId>{organizationId}</OrganizationId>
               <ActionId>04k1I000000bmsHQAQ</ActionId>
               <SessionId xsi:nil="true"/>
               <EnterpriseUrl>https://na73.salesforce.com/services/Soap/c/41.0/00D000000000001</EnterpriseUrl>
               <PartnerUrl>https://na73.salesforce.com/services/Soap/u/41.0/00D000000000001</PartnerUrl>

            """);
        foreach (var i in records)
        {
            var digits = i.ToString("D4", CultureInfo.InvariantCulture);
            var notification = $"04l1I{batch.ToString("D5", CultureInfo.InvariantCulture)}{digits}A";
            xml.Append(CultureInfo.InvariantCulture, $"""
                   <Notification>
                    <Id>{notification}</Id>
                    <sObject xsi:type="sf:Contact" xmlns:sf="urn:sobject.enterprise.soap.sforce.com">
                     <sf:Id>{RecordId(i)}</sf:Id>
                     <sf:Email>contact{i}@example.com</sf:Email>
                     <sf:FirstName>First{i}</sf:FirstName>
                     <sf:LastName>Last{i}-{version}</sf:LastName>
                     <sf:Phone>(650) 253-{digits}</sf:Phone>
                     <sf:SystemModstamp>{systemModstamp}</sf:SystemModstamp>
                    </sObject>
                   </Notification>

                """);
        }

        xml.Append("""
              </notifications>
             </soapenv:Body>
            </soapenv:Envelope>
            """);
        return xml.ToString();
    }
}
