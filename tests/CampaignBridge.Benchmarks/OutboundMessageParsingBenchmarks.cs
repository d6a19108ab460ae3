using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using CampaignBridge.Salesforce;

namespace CampaignBridge.Benchmarks;

/// <summary>
/// Parses and maps a full Outbound Message (100 Contact notifications, the most Salesforce batches) the way the
/// receiver does on every delivery. Target: median well under 1 ms.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class OutboundMessageParsingBenchmarks
{
    private const int NotificationCount = OutboundMessageParserOptions.SalesforceMaxNotifications;

    private byte[] _body = [];
    private OutboundMessageMapper _mapper = null!;

    [GlobalSetup]
    public void Setup()
    {
        _body = Encoding.UTF8.GetBytes(BuildMessage(NotificationCount));
        _mapper = new OutboundMessageMapper(
            "leads",
            new OutboundMessageMapping
            {
                ContactListId = Guid.Parse("7c2e4b1a-3d5f-4e6a-8b9c-000000000001"),
                Fields = new()
                {
                    ["FirstName"] = "FirstName",
                    ["LastName"] = "LastName",
                    ["Phone"] = "Phone",
                    ["MobilePhone"] = "MobilePhone",
                    ["Email"] = "Email",
                    ["AccountId"] = "AccountId",
                },
                PhoneColumns = ["Phone", "MobilePhone"],
            },
            new PhoneNumberNormalizer(PhoneRegion.Default));

        // Fail fast if the message stopped mapping cleanly; a benchmark of refusals would measure the wrong thing.
        int contacts = ParseAndMap();
        if (contacts != NotificationCount)
        {
            throw new InvalidOperationException($"Expected {NotificationCount} contacts, mapped {contacts}.");
        }
    }

    [Benchmark]
    public OutboundMessage Parse() => OutboundMessageParser.Parse(new MemoryStream(_body, writable: false));

    [Benchmark(Baseline = true)]
    public int ParseAndMap()
    {
        OutboundMessage message = OutboundMessageParser.Parse(new MemoryStream(_body, writable: false));
        int contacts = 0;
        foreach (OutboundNotification notification in message.Notifications)
        {
            ContactMappingResult result = _mapper.Map(notification);
            if (result.Contact is not null && result.Rejections.Count == 0)
            {
                contacts++;
            }
        }

        return contacts;
    }

    /// <summary>The reference envelope (salesforce-callers.md §1.2) with <paramref name="count"/> Contact notifications.</summary>
    private static string BuildMessage(int count)
    {
        var xml = new StringBuilder("""
            <?xml version="1.0" encoding="UTF-8"?>
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                              xmlns:xsd="http://www.w3.org/2001/XMLSchema"
                              xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
             <soapenv:Body>
              <notifications xmlns="http://soap.sforce.com/2005/09/outbound">
               <OrganizationId>00D1I000003qqqEUAQ</OrganizationId>
               <ActionId>04k1I000000bmsHQAQ</ActionId>
               <SessionId xsi:nil="true"/>
               <EnterpriseUrl>https://na73.salesforce.com/services/Soap/c/41.0/00D1I000003qqqE</EnterpriseUrl>
               <PartnerUrl>https://na73.salesforce.com/services/Soap/u/41.0/00D1I000003qqqE</PartnerUrl>

            """);
        for (int i = 0; i < count; i++)
        {
            string digits = i.ToString("D4", CultureInfo.InvariantCulture);
            xml.Append(CultureInfo.InvariantCulture, $"""
                   <Notification>
                    <Id>04l1I00000{digits}A</Id>
                    <sObject xsi:type="sf:Contact" xmlns:sf="urn:sobject.enterprise.soap.sforce.com">
                     <sf:Id>0031I00000{digits}A</sf:Id>
                     <sf:AccountId>0011I000007XyZaQAK</sf:AccountId>
                     <sf:CreatedDate>2017-12-11T21:49:24.000Z</sf:CreatedDate>
                     <sf:Email>contact{i}@example.com</sf:Email>
                     <sf:FirstName>First{i}</sf:FirstName>
                     <sf:LastName>Last{i}</sf:LastName>
                     <sf:MobilePhone xsi:nil="true"/>
                     <sf:Phone>(650) 253-{digits}</sf:Phone>
                     <sf:Title>Buyer</sf:Title>
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
