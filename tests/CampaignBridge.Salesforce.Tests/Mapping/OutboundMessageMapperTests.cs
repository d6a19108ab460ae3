using System.Globalization;
using CampaignBridge.Salesforce.Tests.Support;

namespace CampaignBridge.Salesforce.Tests.Mapping;

public sealed class OutboundMessageMapperTests
{
    private static readonly Guid ContactListId = Guid.Parse("7c2e4b1a-3d5f-4e6a-8b9c-000000000001");

    private static OutboundMessageMapper Mapper(Action<OutboundMessageMapping>? change = null, string region = "US")
    {
        var mapping = new OutboundMessageMapping
        {
            ContactListId = ContactListId,
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
        };
        change?.Invoke(mapping);
        return new OutboundMessageMapper("leads", mapping, new PhoneNumberNormalizer(PhoneRegion.Parse(region)));
    }

    private static OutboundMessage Parse(string xml) => OutboundMessageParser.Parse(TestMessages.Stream(xml));

    [Fact]
    public void A_100_notification_message_becomes_100_contacts_with_e164_phones()
    {
        OutboundMessageMapper mapper = Mapper();
        OutboundMessage message = Parse(TestMessages.WithContacts(100));

        ContactMappingResult[] results = [.. message.Notifications.Select(mapper.Map)];

        results.Length.ShouldBe(100);
        results.SelectMany(r => r.Rejections).ShouldBeEmpty();
        results.Select(r => r.NotificationId).ShouldBe(Enumerable.Range(0, 100).Select(TestMessages.NotificationId));
        MappedContact contact = results[7].Contact.ShouldNotBeNull();
        contact.Id.ShouldBe(TestMessages.ContactId(7));
        contact.Data.ShouldBe(new Dictionary<string, string>
        {
            ["FirstName"] = "First7",
            ["LastName"] = "Last7",
            ["Phone"] = "+16502530007",
            ["MobilePhone"] = string.Empty,
            ["Email"] = "contact7@example.com",
            ["AccountId"] = "0011I000007XyZaQAK",
        }, ignoreOrder: true);
        results.Select(r => r.Contact!.Data["Phone"]).Distinct().Count().ShouldBe(100);
        mapper.ContactListId.ShouldBe(ContactListId);
        mapper.MappingName.ShouldBe("leads");
    }

    [Fact]
    public void A_custom_field_named_in_the_value_of_a_Columns_entry_is_mapped_like_a_Fields_entry()
    {
        // Region__c cannot be a configuration key (environment variables turn "__" into ":"), so it is a value.
        OutboundMessageMapper mapper = Mapper(mapping =>
        {
            mapping.Fields.Remove("AccountId");
            mapping.Columns["AccountId"] = "Region__c";
        });
        string xml = TestMessages.WithContacts(1)
            .Replace("<sf:FirstName>", "<sf:Region__c>EMEA</sf:Region__c><sf:FirstName>", StringComparison.Ordinal);

        ContactMappingResult result = mapper.Map(Parse(xml).Notifications[0]);

        result.Rejections.ShouldBeEmpty();
        result.Contact.ShouldNotBeNull().Data["AccountId"].ShouldBe("EMEA");
        result.Contact.Data["FirstName"].ShouldBe("First0");
    }

    [Fact]
    public void Mapped_fields_the_record_does_not_carry_clear_their_columns_and_unmapped_fields_are_ignored()
    {
        // Salesforce probably leaves a field without a value out of the message (§9.3): a phone cleared in Salesforce
        // arrives as a missing Phone, and must not stay dialable in Genesys.
        OutboundMessage message = OutboundMessageParser.Parse(new MemoryStream(TestMessages.Bytes("reference-outbound-message.xml")));

        ContactMappingResult result = Mapper().Map(message.Notifications[0]);

        result.Rejections.ShouldBeEmpty();
        MappedContact contact = result.Contact.ShouldNotBeNull();
        contact.Id.ShouldBe("0031I0000081tbPQAQ");
        contact.Data.ShouldBe(new Dictionary<string, string>
        {
            ["FirstName"] = "Jeraldine",
            ["LastName"] = "Black",
            ["Phone"] = string.Empty,
            ["MobilePhone"] = string.Empty,
            ["Email"] = string.Empty,
            ["AccountId"] = string.Empty,
        }, ignoreOrder: true);
        OutboundMessageMapping.DefaultClearAbsentFields.ShouldBeTrue();
    }

    [Fact]
    public void With_ClearAbsentFields_off_mapped_fields_the_record_does_not_carry_are_left_out()
    {
        OutboundMessage message = OutboundMessageParser.Parse(new MemoryStream(TestMessages.Bytes("reference-outbound-message.xml")));

        ContactMappingResult result = Mapper(mapping => mapping.ClearAbsentFields = false).Map(message.Notifications[0]);

        result.Contact.ShouldNotBeNull().Data.ShouldBe(new Dictionary<string, string> { ["FirstName"] = "Jeraldine", ["LastName"] = "Black" }, ignoreOrder: true);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_phone_sent_as_nil_clears_its_column_whatever_ClearAbsentFields_says(bool clearAbsentFields)
    {
        string xml = TestMessages.WithContacts(1).Replace("<sf:Phone>(650) 253-0000</sf:Phone>", "<sf:Phone xsi:nil=\"true\"/>", StringComparison.Ordinal);
        xml.ShouldContain("xsi:nil");

        MappedContact contact = Mapper(mapping => mapping.ClearAbsentFields = clearAbsentFields).Map(Parse(xml).Notifications[0]).Contact.ShouldNotBeNull();

        contact.Data["Phone"].ShouldBe(string.Empty);
    }

    [Fact]
    public void The_mapper_reads_only_its_fields_and_parses_with_options_that_keep_only_those()
    {
        OutboundMessageMapper mapper = Mapper(mapping => mapping.Columns["Region"] = "Region__c");
        string xml = TestMessages.WithContacts(1).Replace("<sf:FirstName>", "<sf:Description>" + new string('d', 32_000) + "</sf:Description><sf:Region__c>EMEA</sf:Region__c><sf:FirstName>", StringComparison.Ordinal);

        OutboundMessage message = OutboundMessageParser.Parse(TestMessages.Stream(xml), mapper.ParserOptions);

        mapper.FieldsRead.ShouldBe(["FirstName", "LastName", "Phone", "MobilePhone", "Email", "AccountId", "Region__c", "Id", "SystemModstamp", "LastModifiedDate"], ignoreOrder: true);
        SObjectRecord record = message.Notifications[0].SObject.ShouldNotBeNull();
        record.Fields.ContainsKey("Description").ShouldBeFalse("an unmapped field is skipped without being read");
        record.Fields["Region__c"].ShouldBe("EMEA");
        record.Fields["Id"].ShouldBe(TestMessages.ContactId(0));
        mapper.Map(message.Notifications[0]).Contact.ShouldNotBeNull().Data["Region"].ShouldBe("EMEA");
    }

    [Fact]
    public void A_gb_number_with_plus_on_a_lead_in_other_prefixes_is_kept_as_gb()
    {
        OutboundMessage message = OutboundMessageParser.Parse(new MemoryStream(TestMessages.Bytes("other-prefixes.xml")));

        ContactMappingResult result = Mapper().Map(message.Notifications[0]);

        result.Rejections.ShouldBeEmpty();
        result.Contact!.Id.ShouldBe("00Q1I000002AbCdUAK");
        result.Contact.Data.ShouldBe(new Dictionary<string, string>
        {
            ["FirstName"] = "Jeraldine",
            ["Phone"] = "+442070313000",
            ["Email"] = string.Empty,
            ["LastName"] = string.Empty,
            ["MobilePhone"] = string.Empty,
            ["AccountId"] = string.Empty,
        }, ignoreOrder: true);
    }

    [Fact]
    public void A_gb_number_without_plus_is_read_in_the_configured_default_region()
    {
        string xml = TestMessages.WithContacts(1).Replace("(650) 253-0000", "020 7031 3000", StringComparison.Ordinal);

        ContactMappingResult inGb = Mapper(region: "GB").Map(Parse(xml).Notifications[0]);
        ContactMappingResult inUs = Mapper(region: "US").Map(Parse(xml).Notifications[0]);

        inGb.Contact!.Data["Phone"].ShouldBe("+442070313000");
        inGb.Rejections.ShouldBeEmpty();
        inUs.Rejections.ShouldBe([new ContactRejection(TestMessages.ContactId(0), "Phone", "invalid for region US")]);
    }

    [Fact]
    public void An_invalid_phone_is_a_rejection_and_its_column_is_left_out()
    {
        string xml = TestMessages.WithContacts(2)
            .Replace("(650) 253-0001", "not a number", StringComparison.Ordinal)
            .Replace("<sf:MobilePhone xsi:nil=\"true\"/>", "<sf:MobilePhone>+999 1234 5678</sf:MobilePhone>", StringComparison.Ordinal);
        OutboundMessage message = Parse(xml);
        OutboundMessageMapper mapper = Mapper();

        ContactMappingResult first = mapper.Map(message.Notifications[0]);
        ContactMappingResult second = mapper.Map(message.Notifications[1]);

        first.Rejections.ShouldBe([new ContactRejection(TestMessages.ContactId(0), "MobilePhone", "unknown country calling code")]);
        first.Contact!.Data["Phone"].ShouldBe("+16502530000");
        first.Contact.Data.ContainsKey("MobilePhone").ShouldBeFalse();
        second.Rejections.ShouldBe([
            new ContactRejection(TestMessages.ContactId(1), "Phone", "not a phone number"),
            new ContactRejection(TestMessages.ContactId(1), "MobilePhone", "unknown country calling code"),
        ], ignoreOrder: true);
        second.Contact!.Data.Keys.ShouldBe(["FirstName", "LastName", "Email", "AccountId"], ignoreOrder: true);
    }

    [Fact]
    public void A_notification_without_a_record_gives_no_contact_and_says_why()
    {
        string xml = TestMessages.WithContacts(1);
        int start = xml.IndexOf("<sObject", StringComparison.Ordinal);
        xml = xml.Remove(start, xml.IndexOf("</sObject>", StringComparison.Ordinal) + "</sObject>".Length - start);

        ContactMappingResult result = Mapper().Map(Parse(xml).Notifications[0]);

        result.Contact.ShouldBeNull();
        result.NotificationId.ShouldBe(TestMessages.NotificationId(0));
        result.Rejections.ShouldBe([new ContactRejection(null, "Id", "the notification carries no record (Salesforce sends none when the record was deleted before delivery)")]);
    }

    [Fact]
    public void A_record_without_its_id_field_gives_no_contact()
    {
        string xml = TestMessages.WithContacts(1).Replace($"<sf:Id>{TestMessages.ContactId(0)}</sf:Id>", string.Empty, StringComparison.Ordinal);

        ContactMappingResult result = Mapper().Map(Parse(xml).Notifications[0]);

        result.Contact.ShouldBeNull();
        result.Rejections.ShouldBe([new ContactRejection(null, "Id", "the record has no Id, so it cannot become a contact; add Id to the fields the Outbound Message sends")]);
    }

    [Fact]
    public void A_record_whose_id_is_not_a_salesforce_id_gives_no_contact()
    {
        string xml = TestMessages.WithContacts(1).Replace($"<sf:Id>{TestMessages.ContactId(0)}</sf:Id>", "<sf:Id>0031I0000090000AAA</sf:Id>", StringComparison.Ordinal);

        ContactMappingResult result = Mapper().Map(Parse(xml).Notifications[0]);

        result.Contact.ShouldBeNull();
        result.Rejections.ShouldHaveSingleItem().Reason.ShouldStartWith("a Salesforce record id has 18 characters but its last 3 ('AAA') are not the checksum");
    }

    [Fact]
    public void Another_id_field_can_be_the_contact_id()
    {
        OutboundMessage message = Parse(TestMessages.WithContacts(1));

        ContactMappingResult result = Mapper(m => m.ContactIdField = "AccountId").Map(message.Notifications[0]);

        result.Contact!.Id.ShouldBe("0011I000007XyZaQAK");
    }

    [Fact]
    public void The_modification_time_is_read_from_SystemModstamp_in_utc()
    {
        string xml = TestMessages.WithContacts(1).Replace(
            "<sf:Title>", "<sf:SystemModstamp>2026-11-29T11:00:05.123Z</sf:SystemModstamp><sf:LastModifiedDate>2026-11-29T11:00:01.000Z</sf:LastModifiedDate><sf:Title>", StringComparison.Ordinal);

        ContactMappingResult result = Mapper().Map(Parse(xml).Notifications[0]);

        result.Rejections.ShouldBeEmpty();
        DateTimeOffset modifiedAt = result.Contact.ShouldNotBeNull().ModifiedAt.ShouldNotBeNull();
        modifiedAt.ShouldBe(new DateTimeOffset(2026, 11, 29, 11, 0, 5, 123, TimeSpan.Zero), "SystemModstamp is preferred over LastModifiedDate");
        modifiedAt.Offset.ShouldBe(TimeSpan.Zero);
        result.Contact.Data.ContainsKey("SystemModstamp").ShouldBeFalse("the time orders updates; it is not a contact column");
    }

    [Theory]
    [InlineData("2026-11-29T11:00:01Z", "no fractional seconds")]
    [InlineData("2026-11-29T12:00:01.000+01:00", "an explicit offset is converted to UTC")]
    [InlineData("2026-11-29T11:00:01.000", "no offset is read as UTC")]
    public void Other_iso_8601_spellings_of_the_same_instant_read_the_same(string value, string because)
    {
        string xml = TestMessages.WithContacts(1).Replace("<sf:Title>", $"<sf:SystemModstamp>{value}</sf:SystemModstamp><sf:Title>", StringComparison.Ordinal);

        DateTimeOffset? modifiedAt = Mapper().Map(Parse(xml).Notifications[0]).Contact.ShouldNotBeNull().ModifiedAt;

        modifiedAt.ShouldBe(new DateTimeOffset(2026, 11, 29, 11, 0, 1, TimeSpan.Zero), because);
        modifiedAt!.Value.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void Without_SystemModstamp_the_modification_time_is_LastModifiedDate()
    {
        string xml = TestMessages.WithContacts(1).Replace("<sf:Title>", "<sf:LastModifiedDate>2026-11-29T11:00:01.000Z</sf:LastModifiedDate><sf:Title>", StringComparison.Ordinal);

        ContactMappingResult result = Mapper().Map(Parse(xml).Notifications[0]);

        result.Contact.ShouldNotBeNull().ModifiedAt.ShouldBe(new DateTimeOffset(2026, 11, 29, 11, 0, 1, TimeSpan.Zero));
    }

    [Theory]
    [InlineData("<sf:SystemModstamp>yesterday</sf:SystemModstamp>", null)]
    [InlineData("<sf:SystemModstamp>2026-13-45T99:00:00Z</sf:SystemModstamp>", null)]
    [InlineData("<sf:SystemModstamp xsi:nil=\"true\"/>", null)]
    [InlineData("<sf:SystemModstamp></sf:SystemModstamp>", null)]
    [InlineData("<sf:SystemModstamp>yesterday</sf:SystemModstamp><sf:LastModifiedDate>2026-11-29T11:00:01.000Z</sf:LastModifiedDate>", "2026-11-29T11:00:01Z")]
    [InlineData("", null)]
    public void An_unreadable_or_missing_modification_time_is_null_and_the_contact_is_still_mapped(string fields, string? expected)
    {
        string xml = TestMessages.WithContacts(1).Replace("<sf:Title>", fields + "<sf:Title>", StringComparison.Ordinal);

        ContactMappingResult result = Mapper().Map(Parse(xml).Notifications[0]);

        result.Rejections.ShouldBeEmpty("an unreadable time only means the update is ordered by arrival");
        MappedContact contact = result.Contact.ShouldNotBeNull();
        contact.Data["LastName"].ShouldBe("Last0");
        contact.ModifiedAt.ShouldBe(expected is null ? null : DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_configured_ModifiedAtField_is_the_only_field_read_for_the_time()
    {
        string xml = TestMessages.WithContacts(1).Replace(
            "<sf:Title>", "<sf:SystemModstamp>2026-11-29T11:00:05.000Z</sf:SystemModstamp><sf:Synced_At__c>2026-11-29T10:00:00.000Z</sf:Synced_At__c><sf:Title>", StringComparison.Ordinal);

        DateTimeOffset? custom = Mapper(m => m.ModifiedAtField = "Synced_At__c").Map(Parse(xml).Notifications[0]).Contact!.ModifiedAt;
        DateTimeOffset? absent = Mapper(m => m.ModifiedAtField = "LastModifiedDate").Map(Parse(xml).Notifications[0]).Contact!.ModifiedAt;

        custom.ShouldBe(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero));
        absent.ShouldBeNull("a configured field replaces the default ones, with no fallback");
    }
}
