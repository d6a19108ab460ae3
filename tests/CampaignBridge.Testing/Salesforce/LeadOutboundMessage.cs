using System.Globalization;
using System.Security;
using System.Text;

namespace CampaignBridge.Testing.Salesforce;

/// <summary>
/// Builds the largest plausible Outbound Message (reference salesforce-callers.md §9.3): up to 100 Lead notifications,
/// each carrying every standard Lead text field filled to its maximum length (Salesforce Field Reference: FirstName 40,
/// LastName 80, Description 32,000, ...). Used by the receiver tests and the memory benchmark, so both measure the
/// same message.
/// </summary>
public static class LeadOutboundMessage
{
    /// <summary>The most notifications Salesforce puts in one message.</summary>
    public const int MaxNotifications = 100;

    /// <summary>The standard Lead text fields an admin can select, with their maximum lengths in characters.</summary>
    public static IReadOnlyList<(string Field, int MaxLength)> TextFields { get; } =
    [
        ("Salutation", 40), ("FirstName", 40), ("MiddleName", 40), ("LastName", 80), ("Suffix", 40), ("Title", 128),
        ("Company", 255), ("Street", 255), ("City", 40), ("State", 80), ("PostalCode", 20), ("Country", 80), ("Fax", 40),
        ("Website", 255), ("LeadSource", 40), ("Status", 40), ("Industry", 40), ("Rating", 40), ("Description", 32_000),
    ];

    /// <summary>The org id the messages carry.</summary>
    public const string OrganizationId = "00D000000000001";

    /// <summary>Notification id of notification <paramref name="index"/>.</summary>
    public static string NotificationId(int index) => "04l1I000000" + index.ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>Lead id of notification <paramref name="index"/> (15 characters).</summary>
    public static string LeadId(int index) => "00Q" + index.ToString("D12", CultureInfo.InvariantCulture);

    /// <summary>A valid US mobile number per index.</summary>
    public static string MobilePhone(int index) => "(650) 253-" + (index % 10_000).ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>The same number in E.164.</summary>
    public static string MobilePhoneE164(int index) => "+1650253" + (index % 10_000).ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>
    /// The message: <paramref name="notifications"/> Leads whose text fields are <paramref name="filler"/> repeated to the
    /// field's maximum length (so "x" gives one UTF-8 byte per character, "é" two, "漢" three), a mobile phone, an
    /// e-mail of the maximum 80 characters, and a SystemModstamp. <paramref name="withPhone"/> false leaves Phone out,
    /// as Salesforce does for a field without a value.
    /// </summary>
    public static string Build(int notifications = MaxNotifications, string filler = "x", bool withPhone = true, string organizationId = OrganizationId)
    {
        var builder = new StringBuilder();
        for (var index = 0; index < notifications; index++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"""
                   <Notification>
                    <Id>{NotificationId(index)}</Id>
                    <sObject xsi:type="sf:Lead" xmlns:sf="urn:sobject.enterprise.soap.sforce.com">
                     <sf:Id>{LeadId(index)}</sf:Id>
                     <sf:SystemModstamp>2026-12-01T10:{index % 60:D2}:00.000Z</sf:SystemModstamp>

                """);
            foreach (var (field, maxLength) in TextFields)
            {
                builder.Append(CultureInfo.InvariantCulture, $"     <sf:{field}>{SecurityElement.Escape(Fill(filler, maxLength))}</sf:{field}>\n");
            }

            builder.Append(CultureInfo.InvariantCulture, $"     <sf:Email>{Fill("e", 80 - "@example.com".Length)}@example.com</sf:Email>\n");
            builder.Append(CultureInfo.InvariantCulture, $"     <sf:MobilePhone>{MobilePhone(index)}</sf:MobilePhone>\n");
            if (withPhone)
            {
                builder.Append(CultureInfo.InvariantCulture, $"     <sf:Phone>{MobilePhone(index + 5000)}</sf:Phone>\n");
            }

            builder.Append("""
                    </sObject>
                   </Notification>

                """);
        }

        return OutboundMessageEnvelope.Wrap(organizationId, builder.ToString());
    }

    private static string Fill(string filler, int length)
    {
        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            text.Append(filler);
        }

        return text.ToString(0, length);
    }
}
