using System.Globalization;
using System.Security;
using System.Text;
using CampaignBridge.Testing.Salesforce;

namespace CampaignBridge.Functions.Tests.OutboundMessages;

/// <summary>Builds Outbound Message envelopes shaped like the reference's captured sample (API v41.0, Contact).</summary>
internal static class OutboundMessageXml
{
    public static string NotificationId(int index) => "04l1I000000" + index.ToString("D7", CultureInfo.InvariantCulture);

    public static string ContactId(int index) => "003" + index.ToString("D12", CultureInfo.InvariantCulture);

    /// <summary>A valid US number per index (650-253-xxxx).</summary>
    public static string Phone(int index) => "(650) 253-" + (index % 10_000).ToString("D4", CultureInfo.InvariantCulture);

    public static string E164(int index) => "+1650253" + (index % 10_000).ToString("D4", CultureInfo.InvariantCulture);

    public static string Build(string organizationId, IEnumerable<ContactNotification> notifications)
    {
        var builder = new StringBuilder();
        foreach (var n in notifications)
        {
            builder.Append(CultureInfo.InvariantCulture, $"""
                   <Notification>
                    <Id>{n.NotificationId}</Id>
                    <sObject xsi:type="sf:Contact" xmlns:sf="urn:sobject.enterprise.soap.sforce.com">
                     <sf:Id>{n.ContactId}</sf:Id>
                     <sf:FirstName>{SecurityElement.Escape(n.FirstName)}</sf:FirstName>
                     <sf:LastName>{SecurityElement.Escape(n.LastName)}</sf:LastName>
                     <sf:Phone>{SecurityElement.Escape(n.Phone)}</sf:Phone>{(n.SystemModstamp is null ? string.Empty : $"<sf:SystemModstamp>{SecurityElement.Escape(n.SystemModstamp)}</sf:SystemModstamp>")}
                    </sObject>
                   </Notification>

                """);
        }

        return OutboundMessageEnvelope.Wrap(organizationId, builder.ToString());
    }

    public static IReadOnlyList<ContactNotification> Contacts(int count, int first = 0, string lastName = "Black")
        => [.. Enumerable.Range(first, count).Select(i => new ContactNotification(NotificationId(i), ContactId(i), $"First{i}", lastName, Phone(i)))];
}
