using System.Net;
using System.Net.Sockets;
using System.Text;
using CampaignBridge.Salesforce.Tests.Support;

namespace CampaignBridge.Salesforce.Tests.OutboundMessages;

public sealed class OutboundMessageParserTests
{
    [Fact]
    public void The_reference_message_is_parsed_with_its_header_and_both_notifications()
    {
        using var body = new MemoryStream(TestMessages.Bytes("reference-outbound-message.xml"));

        OutboundMessage message = OutboundMessageParser.Parse(body);

        message.OrganizationId.Value.ShouldBe(TestMessages.ReferenceOrganizationId18);
        message.OrganizationId.ShouldBe(SalesforceOrganizationId.Parse(TestMessages.ReferenceOrganizationId15));
        message.ActionId.ShouldBe("04k1I000000bmsHQAQ");
        message.SessionId.ShouldBe("00D1I000003qqqE!AQsAQ...");
        message.EnterpriseUrl.ShouldBe("https://na73.salesforce.com/services/Soap/c/41.0/00D1I000003qqqE");
        message.PartnerUrl.ShouldBe("https://na73.salesforce.com/services/Soap/u/41.0/00D1I000003qqqE");
        message.Notifications.Select(n => n.Id).ShouldBe(["04l1I000000fztEQAQ", "04l1I000000fzt9QAA"]);

        SObjectRecord first = message.Notifications[0].SObject.ShouldNotBeNull();
        first.Type.ShouldBe("sf:Contact");
        first.ObjectName.ShouldBe("Contact");
        first.Id.ShouldBe("0031I0000081tbPQAQ");
        first.Fields.ShouldBe(new Dictionary<string, string?>
        {
            ["Id"] = "0031I0000081tbPQAQ",
            ["CreatedDate"] = "2017-12-11T21:49:24.000Z",
            ["FirstName"] = "Jeraldine",
            ["LastName"] = "Black",
            ["Title"] = "White",
        }, ignoreOrder: true);

        SObjectRecord second = message.Notifications[1].SObject.ShouldNotBeNull();
        second.Id.ShouldBe("0031I0000081tb0QAA");
        second.Fields["Email"].ShouldBe("nelle.lake@example.com");
        first.Fields.ContainsKey("Email").ShouldBeFalse();
    }

    [Fact]
    public void Field_names_are_looked_up_case_insensitively_like_Salesforce_api_names()
    {
        OutboundMessage message = OutboundMessageParser.Parse(new MemoryStream(TestMessages.Bytes("reference-outbound-message.xml")));

        message.Notifications[0].SObject!.Fields["firstname"].ShouldBe("Jeraldine");
    }

    [Fact]
    public void A_message_with_100_notifications_is_parsed_in_document_order()
    {
        using MemoryStream body = TestMessages.Stream(TestMessages.WithContacts(100));

        OutboundMessage message = OutboundMessageParser.Parse(body);

        message.Notifications.Count.ShouldBe(100);
        message.Notifications.Select(n => n.Id).ShouldBe(Enumerable.Range(0, 100).Select(TestMessages.NotificationId));
        message.Notifications.Select(n => n.SObject!.Id).ShouldBe(Enumerable.Range(0, 100).Select(TestMessages.ContactId));
        message.Notifications[42].SObject!.Fields["Phone"].ShouldBe("(650) 253-0042");
        message.Notifications[42].SObject!.Fields["MobilePhone"].ShouldBeNull();
        message.Notifications[42].SObject!.Fields.ContainsKey("MobilePhone").ShouldBeTrue();
    }

    [Fact]
    public void A_message_with_101_notifications_is_refused_with_too_many_notifications()
    {
        using MemoryStream body = TestMessages.Stream(TestMessages.WithContacts(101));

        var exception = Should.Throw<OutboundMessageException>(() => OutboundMessageParser.Parse(body));

        exception.Code.ShouldBe("salesforce.outbound.too_many_notifications");
        exception.Message.ShouldContain("more than 100 Notification elements");
    }

    [Fact]
    public void A_lower_notification_limit_from_the_options_is_enforced()
    {
        using MemoryStream body = TestMessages.Stream(TestMessages.WithContacts(3));

        var exception = Should.Throw<OutboundMessageException>(
            () => OutboundMessageParser.Parse(body, new OutboundMessageParserOptions { MaxNotifications = 2 }));

        exception.Code.ShouldBe(OutboundMessageErrorCodes.TooManyNotifications);
        exception.Message.ShouldContain("more than 2 Notification elements");
    }

    [Fact]
    public void The_defaults_are_a_1_MiB_body_and_the_100_notifications_Salesforce_sends_at_most()
    {
        OutboundMessageParserOptions.DefaultMaxBodyBytes.ShouldBe(33_554_432);
        OutboundMessageParserOptions.DefaultMemoryBufferBytes.ShouldBe(1_048_576);
        OutboundMessageParserOptions.SalesforceMaxNotifications.ShouldBe(100);
        OutboundMessageParserOptions.Default.MaxBodyBytes.ShouldBe(33_554_432);
        OutboundMessageParserOptions.Default.KeptFields.ShouldBeNull();
        OutboundMessageParserOptions.Default.MaxNotifications.ShouldBe(100);
        Should.Throw<ArgumentOutOfRangeException>(() => new OutboundMessageParserOptions { MaxBodyBytes = 0 });
        Should.Throw<ArgumentOutOfRangeException>(() => new OutboundMessageParserOptions { MaxNotifications = -1 });
    }

    [Fact]
    public void Namespace_prefixes_other_than_sf_and_soapenv_still_parse()
    {
        using var body = new MemoryStream(TestMessages.Bytes("other-prefixes.xml"));

        OutboundMessage message = OutboundMessageParser.Parse(body);

        message.OrganizationId.Value.ShouldBe(TestMessages.ReferenceOrganizationId15);
        message.SessionId.ShouldBeNull();
        OutboundNotification notification = message.Notifications.ShouldHaveSingleItem();
        notification.Id.ShouldBe("04l1I000000fztEQAQ");
        SObjectRecord lead = notification.SObject.ShouldNotBeNull();
        lead.Type.ShouldBe("ent:Lead");
        lead.ObjectName.ShouldBe("Lead");
        lead.Id.ShouldBe("00Q1I000002AbCdUAK");
        lead.Fields.ShouldBe(new Dictionary<string, string?>
        {
            ["Id"] = "00Q1I000002AbCdUAK",
            ["FirstName"] = "Jeraldine",
            ["Phone"] = "+44 20 7031 3000",
            ["Email"] = null,
        }, ignoreOrder: true);
    }

    [Fact]
    public void Elements_with_the_right_names_in_the_wrong_namespace_are_not_an_outbound_message()
    {
        string withoutNamespace = TestMessages.Text("reference-outbound-message.xml")
            .Replace("<notifications xmlns=\"http://soap.sforce.com/2005/09/outbound\">", "<notifications>", StringComparison.Ordinal);

        var exception = Should.Throw<OutboundMessageException>(() => OutboundMessageParser.Parse(TestMessages.Stream(withoutNamespace)));

        exception.Code.ShouldBe("salesforce.outbound.not_a_notification");
        exception.Message.ShouldBe("The SOAP Body holds 'notifications' in namespace '', not an Outbound Message 'notifications' element in http://soap.sforce.com/2005/09/outbound.");
    }

    [Fact]
    public void Sobject_fields_outside_the_enterprise_sobject_namespace_are_ignored()
    {
        string partnerNamespace = TestMessages.Text("reference-outbound-message.xml")
            .Replace("urn:sobject.enterprise.soap.sforce.com", "urn:sobject.partner.soap.sforce.com", StringComparison.Ordinal);

        OutboundMessage message = OutboundMessageParser.Parse(TestMessages.Stream(partnerNamespace));

        message.Notifications.Count.ShouldBe(2);
        message.Notifications[0].SObject!.Fields.ShouldBeEmpty();
        message.Notifications[0].SObject!.Id.ShouldBeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{\"notifications\": []}")]
    [InlineData("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>")]
    [InlineData("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"></soapenv:Body></soapenv:Envelope>")]
    [InlineData("<a><b></a></b>")]
    [InlineData("<undeclared:Envelope/>")]
    [InlineData("<?xml version=\"1.0\" encoding=\"no-such-encoding\"?><a/>")]
    public void A_body_that_is_not_well_formed_xml_is_refused_with_malformed_xml(string body)
    {
        var exception = Should.Throw<OutboundMessageException>(() => OutboundMessageParser.Parse(TestMessages.Stream(body)));

        exception.Code.ShouldBe("salesforce.outbound.malformed_xml");
        exception.Message.ShouldStartWith("The Outbound Message body is not well-formed XML: ");
    }

    [Fact]
    public void Trailing_content_after_the_envelope_is_refused_with_malformed_xml()
    {
        string body = TestMessages.Text("reference-outbound-message.xml") + "<second-root/>";

        var exception = Should.Throw<OutboundMessageException>(() => OutboundMessageParser.Parse(TestMessages.Stream(body)));

        exception.Code.ShouldBe(OutboundMessageErrorCodes.MalformedXml);
    }

    [Fact]
    public void An_error_message_quotes_at_most_a_short_excerpt_of_the_payload()
    {
        string longName = new('x', 5000);
        string body = $"<{longName}></{longName}y>";

        var exception = Should.Throw<OutboundMessageException>(() => OutboundMessageParser.Parse(TestMessages.Stream(body)));

        exception.Code.ShouldBe(OutboundMessageErrorCodes.MalformedXml);
        exception.Message.Length.ShouldBeLessThan(300);
    }

    [Fact]
    public void An_external_entity_to_etc_passwd_is_refused_as_a_dtd_and_nothing_is_read()
    {
        using var body = new MemoryStream(TestMessages.Bytes("xxe-file.xml"));

        var exception = Should.Throw<OutboundMessageException>(() => OutboundMessageParser.Parse(body));

        exception.Code.ShouldBe("salesforce.outbound.dtd_prohibited");
        exception.Message.ShouldStartWith("The Outbound Message body contains a document type declaration (<!DOCTYPE>)");
        exception.Message.ShouldNotContain("root:");
    }

    [Fact]
    public async Task An_external_entity_pointing_at_a_loopback_listener_is_never_fetched()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        string body = TestMessages.Text("xxe-file.xml").Replace("file:///etc/passwd", $"http://127.0.0.1:{port}/xxe", StringComparison.Ordinal);

        var exception = await Should.ThrowAsync<OutboundMessageException>(
            () => OutboundMessageParser.ParseAsync(TestMessages.Stream(body), cancellationToken: TestContext.Current.CancellationToken));

        exception.Code.ShouldBe(OutboundMessageErrorCodes.DtdProhibited);
        // Parsing is over; a fetch would have left a connection waiting in the listener's backlog.
        listener.Pending().ShouldBeFalse();
    }

    [Fact]
    public void A_billion_laughs_entity_expansion_is_refused_as_a_dtd_without_expanding_anything()
    {
        using var body = new MemoryStream(TestMessages.Bytes("billion-laughs.xml"));

        var exception = Should.Throw<OutboundMessageException>(() => OutboundMessageParser.Parse(body));

        exception.Code.ShouldBe(OutboundMessageErrorCodes.DtdProhibited);
        exception.Message.ShouldNotContain("lollol");
    }

    [Fact]
    public void A_dtd_in_a_utf16_body_is_refused_as_a_dtd()
    {
        byte[] utf16 = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(TestMessages.Text("xxe-file.xml").Replace("UTF-8", "UTF-16", StringComparison.Ordinal))];

        var exception = Should.Throw<OutboundMessageException>(() => OutboundMessageParser.Parse(new MemoryStream(utf16)));

        exception.Code.ShouldBe(OutboundMessageErrorCodes.DtdProhibited);
        exception.Message.ShouldBe("The Outbound Message body contains a document type declaration (<!DOCTYPE>); DTDs and entities are not accepted, and Salesforce never sends one.");
    }

    [Fact]
    public void A_body_that_is_not_valid_utf8_is_refused_with_malformed_xml()
    {
        byte[] reference = TestMessages.Bytes("reference-outbound-message.xml");
        int jeraldine = reference.AsSpan().IndexOf("Jeraldine"u8);
        reference[jeraldine] = 0xC3;
        reference[jeraldine + 1] = 0x28;

        var exception = Should.Throw<OutboundMessageException>(() => OutboundMessageParser.Parse(new MemoryStream(reference)));

        exception.Code.ShouldBe(OutboundMessageErrorCodes.MalformedXml);
    }

    [Fact]
    public void A_dtd_without_entities_is_refused_too()
    {
        string body = "<!DOCTYPE Envelope>" + TestMessages.Text("reference-outbound-message.xml")[TestMessages.Text("reference-outbound-message.xml").IndexOf("<soapenv:Envelope", StringComparison.Ordinal)..];

        var exception = Should.Throw<OutboundMessageException>(() => OutboundMessageParser.Parse(TestMessages.Stream(body)));

        exception.Code.ShouldBe(OutboundMessageErrorCodes.DtdProhibited);
    }

    [Fact]
    public void A_body_over_the_limit_is_refused_with_too_large_before_parsing()
    {
        byte[] reference = TestMessages.Bytes("reference-outbound-message.xml");
        var options = new OutboundMessageParserOptions { MaxBodyBytes = reference.Length - 1 };

        var exception = Should.Throw<OutboundMessageException>(() => OutboundMessageParser.Parse(new MemoryStream(reference), options));

        exception.Code.ShouldBe("salesforce.outbound.too_large");
        exception.Message.ShouldBe($"The Outbound Message body is larger than the limit of {reference.Length - 1} bytes; it was not parsed.");
    }

    [Fact]
    public void A_body_of_exactly_the_limit_is_accepted()
    {
        byte[] reference = TestMessages.Bytes("reference-outbound-message.xml");
        var options = new OutboundMessageParserOptions { MaxBodyBytes = reference.Length };

        OutboundMessage message = OutboundMessageParser.Parse(new NonSeekableStream(reference), options);

        message.Notifications.Count.ShouldBe(2);
    }

    [Fact]
    public async Task An_oversized_streamed_body_is_refused_without_reading_far_past_the_limit()
    {
        byte[] huge = Encoding.UTF8.GetBytes(TestMessages.Text("reference-outbound-message.xml") + new string(' ', OutboundMessageParserOptions.DefaultMaxBodyBytes));
        var body = new NonSeekableStream(huge);

        var exception = await Should.ThrowAsync<OutboundMessageException>(
            () => OutboundMessageParser.ParseAsync(body, cancellationToken: TestContext.Current.CancellationToken));

        exception.Code.ShouldBe(OutboundMessageErrorCodes.TooLarge);
        body.BytesRead.ShouldBeGreaterThan(OutboundMessageParserOptions.DefaultMaxBodyBytes);
        body.BytesRead.ShouldBeLessThanOrEqualTo(OutboundMessageParserOptions.DefaultMaxBodyBytes + (64L * 1024));
    }

    [Fact]
    public async Task A_body_past_the_memory_buffer_streams_into_a_temporary_file_that_is_deleted_after_parsing()
    {
        DirectoryInfo spool = Directory.CreateTempSubdirectory("campaignbridge-spool-test-");
        try
        {
            byte[] xml = Encoding.UTF8.GetBytes(TestMessages.WithContacts(100));
            var options = new OutboundMessageParserOptions { MemoryBufferBytes = 4 * 1024, SpoolDirectory = spool.FullName };
            var body = new NonSeekableStream(xml, maxBytesPerRead: 1000);

            OutboundMessage message = await OutboundMessageParser.ParseAsync(body, options, TestContext.Current.CancellationToken);

            xml.Length.ShouldBeGreaterThan(10 * options.MemoryBufferBytes);
            message.Notifications.Count.ShouldBe(100);
            message.Notifications[99].SObject!.Fields["Email"].ShouldBe("contact99@example.com");
            spool.GetFiles().ShouldBeEmpty("the temporary file is deleted when parsing ends");
        }
        finally
        {
            spool.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_spooled_body_that_is_refused_leaves_no_temporary_file()
    {
        DirectoryInfo spool = Directory.CreateTempSubdirectory("campaignbridge-spool-test-");
        try
        {
            byte[] xml = Encoding.UTF8.GetBytes(TestMessages.WithContacts(100).Replace("</notifications>", "</notification>", StringComparison.Ordinal));
            var options = new OutboundMessageParserOptions { MemoryBufferBytes = 4 * 1024, SpoolDirectory = spool.FullName };

            Should.Throw<OutboundMessageException>(() => OutboundMessageParser.Parse(new NonSeekableStream(xml), options)).Code.ShouldBe(OutboundMessageErrorCodes.MalformedXml);

            spool.GetFiles().ShouldBeEmpty();
        }
        finally
        {
            spool.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(16)]
    public void A_doctype_split_across_reads_is_still_refused_as_dtd_prohibited(int bytesPerRead)
    {
        string reference = TestMessages.Text("reference-outbound-message.xml");
        string xml = "<!DOCTYPE Envelope>" + reference[reference.IndexOf("<soapenv:Envelope", StringComparison.Ordinal)..];

        var exception = Should.Throw<OutboundMessageException>(() => OutboundMessageParser.Parse(new NonSeekableStream(Encoding.UTF8.GetBytes(xml), bytesPerRead)));

        exception.Code.ShouldBe(OutboundMessageErrorCodes.DtdProhibited);
    }

    [Fact]
    public void A_utf16_doctype_past_the_memory_buffer_is_refused_as_dtd_prohibited()
    {
        string reference = TestMessages.Text("reference-outbound-message.xml");
        string body = reference[reference.IndexOf("<soapenv:Envelope", StringComparison.Ordinal)..];
        byte[] xml = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<!DOCTYPE Envelope>" + body)).ToArray();
        var options = new OutboundMessageParserOptions { MemoryBufferBytes = 64 };

        var exception = Should.Throw<OutboundMessageException>(() => OutboundMessageParser.Parse(new NonSeekableStream(xml, 5), options));

        exception.Code.ShouldBe(OutboundMessageErrorCodes.DtdProhibited);
    }

    [Fact]
    public async Task A_streamed_body_is_parsed_asynchronously_like_a_buffered_one()
    {
        var body = new NonSeekableStream(Encoding.UTF8.GetBytes(TestMessages.WithContacts(100)));

        OutboundMessage message = await OutboundMessageParser.ParseAsync(body, cancellationToken: TestContext.Current.CancellationToken);

        message.Notifications.Count.ShouldBe(100);
        message.Notifications[99].SObject!.Fields["Email"].ShouldBe("contact99@example.com");
    }

    [Fact]
    public void A_soap_request_that_is_not_an_outbound_message_is_refused_with_not_a_notification()
    {
        using var body = new MemoryStream(TestMessages.Bytes("soap-login-request.xml"));

        var exception = Should.Throw<OutboundMessageException>(() => OutboundMessageParser.Parse(body));

        exception.Code.ShouldBe("salesforce.outbound.not_a_notification");
        exception.Message.ShouldBe("The SOAP Body holds 'login' in namespace 'urn:partner.soap.sforce.com', not an Outbound Message 'notifications' element in http://soap.sforce.com/2005/09/outbound.");
        exception.Message.ShouldNotContain("not-a-real-password");
    }

    [Theory]
    [InlineData("<notifications xmlns=\"http://soap.sforce.com/2005/09/outbound\"><OrganizationId>00D1I000003qqqE</OrganizationId></notifications>",
        "The root element is 'notifications' in namespace 'http://soap.sforce.com/2005/09/outbound', not a SOAP 1.1 Envelope (http://schemas.xmlsoap.org/soap/envelope/).")]
    [InlineData("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Header/></soapenv:Envelope>",
        "The SOAP envelope has no Body.")]
    [InlineData("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body/></soapenv:Envelope>",
        "The SOAP Body is empty; expected an Outbound Message 'notifications' element.")]
    [InlineData("<soap12:Envelope xmlns:soap12=\"http://www.w3.org/2003/05/soap-envelope\"><soap12:Body/></soap12:Envelope>",
        "The root element is 'Envelope' in namespace 'http://www.w3.org/2003/05/soap-envelope', not a SOAP 1.1 Envelope (http://schemas.xmlsoap.org/soap/envelope/).")]
    [InlineData("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body><soapenv:Fault><faultcode>soapenv:Server</faultcode><faultstring>x</faultstring></soapenv:Fault></soapenv:Body></soapenv:Envelope>",
        "The SOAP Body holds 'Fault' in namespace 'http://schemas.xmlsoap.org/soap/envelope/', not an Outbound Message 'notifications' element in http://soap.sforce.com/2005/09/outbound.")]
    public void Other_well_formed_documents_are_refused_with_not_a_notification(string body, string expectedMessage)
    {
        var exception = Should.Throw<OutboundMessageException>(() => OutboundMessageParser.Parse(TestMessages.Stream(body)));

        exception.Code.ShouldBe(OutboundMessageErrorCodes.NotANotification);
        exception.Message.ShouldBe(expectedMessage);
    }

    [Fact]
    public void A_message_without_an_organization_id_is_refused_with_missing_organization_id()
    {
        using var body = new MemoryStream(TestMessages.Bytes("missing-organization-id.xml"));

        var exception = Should.Throw<OutboundMessageException>(() => OutboundMessageParser.Parse(body));

        exception.Code.ShouldBe("salesforce.outbound.missing_organization_id");
        exception.Message.ShouldBe("The Outbound Message has no OrganizationId, so its sender cannot be verified.");
    }

    [Fact]
    public void An_empty_organization_id_is_refused_with_missing_organization_id()
    {
        string body = TestMessages.Text("reference-outbound-message.xml")
            .Replace("<OrganizationId>00D1I000003qqqEUAQ</OrganizationId>", "<OrganizationId> </OrganizationId>", StringComparison.Ordinal);

        var exception = Should.Throw<OutboundMessageException>(() => OutboundMessageParser.Parse(TestMessages.Stream(body)));

        exception.Code.ShouldBe(OutboundMessageErrorCodes.MissingOrganizationId);
    }

    [Fact]
    public void A_second_organization_id_is_refused_instead_of_the_last_one_being_trusted()
    {
        string body = TestMessages.Text("reference-outbound-message.xml")
            .Replace("<OrganizationId>00D1I000003qqqEUAQ</OrganizationId>", "<OrganizationId>00D1I000003qqqEUAQ</OrganizationId><OrganizationId>00D000000000002</OrganizationId>", StringComparison.Ordinal);

        var exception = Should.Throw<OutboundMessageException>(() => OutboundMessageParser.Parse(TestMessages.Stream(body)));

        exception.Code.ShouldBe(OutboundMessageErrorCodes.InvalidOrganizationId);
        exception.Message.ShouldContain("more than one OrganizationId");
    }

    [Fact]
    public void The_synthetic_organization_id_of_the_published_fixture_is_refused_as_invalid()
    {
        string body = TestMessages.Text("reference-outbound-message.xml")
            .Replace("00D1I000003qqqEUAQ</OrganizationId>", "012345678901234</OrganizationId>", StringComparison.Ordinal);

        var exception = Should.Throw<OutboundMessageException>(() => OutboundMessageParser.Parse(TestMessages.Stream(body)));

        exception.Code.ShouldBe("salesforce.outbound.invalid_organization_id");
        exception.Message.ShouldBe("The Outbound Message OrganizationId '012345678901234' is not valid: an organization id starts with 00D, this one starts with '012'.");
    }

    [Fact]
    public void A_notification_without_an_id_is_refused_with_invalid_notification()
    {
        string body = TestMessages.Text("reference-outbound-message.xml")
            .Replace("<Id>04l1I000000fzt9QAA</Id>", string.Empty, StringComparison.Ordinal);

        var exception = Should.Throw<OutboundMessageException>(() => OutboundMessageParser.Parse(TestMessages.Stream(body)));

        exception.Code.ShouldBe("salesforce.outbound.invalid_notification");
        exception.Message.ShouldStartWith("Notification 2 has no Id;");
    }

    [Fact]
    public void A_field_sent_twice_is_refused_with_invalid_notification()
    {
        string body = TestMessages.Text("reference-outbound-message.xml")
            .Replace("<sf:Title>White</sf:Title>", "<sf:Title>White</sf:Title><sf:TITLE>Black</sf:TITLE>", StringComparison.Ordinal);

        var exception = Should.Throw<OutboundMessageException>(() => OutboundMessageParser.Parse(TestMessages.Stream(body)));

        exception.Code.ShouldBe(OutboundMessageErrorCodes.InvalidNotification);
        exception.Message.ShouldBe("Notification 1: the sObject field 'TITLE' appears more than once.");
    }

    [Fact]
    public void A_notification_for_a_deleted_record_has_no_sobject()
    {
        string body = TestMessages.Text("reference-outbound-message.xml");
        int start = body.IndexOf("<sObject", StringComparison.Ordinal);
        int end = body.IndexOf("</sObject>", StringComparison.Ordinal) + "</sObject>".Length;
        body = body.Remove(start, end - start);

        OutboundMessage message = OutboundMessageParser.Parse(TestMessages.Stream(body));

        message.Notifications[0].Id.ShouldBe("04l1I000000fztEQAQ");
        message.Notifications[0].SObject.ShouldBeNull();
        message.Notifications[1].SObject.ShouldNotBeNull();
    }

    [Fact]
    public void Field_text_keeps_escapes_cdata_and_spaces_and_structured_fields_are_left_out()
    {
        string body = TestMessages.Text("reference-outbound-message.xml").Replace(
            "<sf:Title>White</sf:Title>",
            "<sf:Title> Fish &amp; <![CDATA[<Chips>]]> </sf:Title><sf:Description/><sf:MailingAddress><sf:City>Leeds</sf:City></sf:MailingAddress>",
            StringComparison.Ordinal);

        OutboundMessage message = OutboundMessageParser.Parse(TestMessages.Stream(body));

        IReadOnlyDictionary<string, string?> fields = message.Notifications[0].SObject!.Fields;
        fields["Title"].ShouldBe(" Fish & <Chips> ");
        fields["Description"].ShouldBe(string.Empty);
        fields.ContainsKey("MailingAddress").ShouldBeFalse();
        fields.ContainsKey("City").ShouldBeFalse();
    }

    [Fact]
    public void The_session_id_never_appears_in_the_message_description()
    {
        OutboundMessage message = OutboundMessageParser.Parse(new MemoryStream(TestMessages.Bytes("reference-outbound-message.xml")));

        string description = message.ToString();

        description.ShouldBe("OutboundMessage { OrganizationId = 00D1I000003qqqEUAQ, ActionId = 04k1I000000bmsHQAQ, SessionId = (redacted), Notifications = 2 }");
        description.ShouldNotContain("AQsAQ");
    }

    [Fact]
    public void A_utf16_body_with_a_byte_order_mark_is_read()
    {
        byte[] utf16 = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(TestMessages.Text("reference-outbound-message.xml").Replace("UTF-8", "UTF-16", StringComparison.Ordinal))];

        OutboundMessage message = OutboundMessageParser.Parse(new MemoryStream(utf16));

        message.Notifications.Count.ShouldBe(2);
    }
}
