using System.Text;
using System.Xml.Linq;
using CampaignBridge.Salesforce.Tests.Support;

namespace CampaignBridge.Salesforce.Tests.OutboundMessages;

public sealed class SoapResponsesTests
{
    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    private static readonly XNamespace Outbound = "http://soap.sforce.com/2005/09/outbound";

    [Fact]
    public void The_acknowledgement_bytes_are_exactly_the_reference_acknowledgement()
    {
        byte[] reference = TestMessages.Bytes("reference-ack.xml");

        SoapResponses.Acknowledgement.ToArray().ShouldBe(reference);
        Encoding.UTF8.GetBytes(SoapResponses.AcknowledgementXml).ShouldBe(reference);
    }

    [Fact]
    public void The_acknowledgement_is_a_soap_11_notifications_response_with_ack_true_and_no_byte_order_mark()
    {
        SoapResponses.Acknowledgement.Span[0].ShouldBe((byte)'<');

        XDocument document = XDocument.Parse(SoapResponses.AcknowledgementXml);

        document.Root!.Name.ShouldBe(Soap + "Envelope");
        document.Root.Element(Soap + "Body")!.Element(Outbound + "notificationsResponse")!.Element(Outbound + "Ack")!.Value.ShouldBe("true");
    }

    [Fact]
    public void Both_answers_are_sent_as_utf8_text_xml()
        => SoapResponses.ContentType.ShouldBe("text/xml; charset=utf-8");

    [Theory]
    [InlineData(SoapFaultCode.Server, "soapenv:Server")]
    [InlineData(SoapFaultCode.Client, "soapenv:Client")]
    public void A_fault_is_a_soap_11_fault_with_the_faultcode_and_faultstring(SoapFaultCode code, string expectedFaultCode)
    {
        byte[] fault = SoapResponses.Fault(code, "The contact sync queue is unavailable; Salesforce will retry.");

        XDocument document = XDocument.Parse(Encoding.UTF8.GetString(fault));
        XElement faultElement = document.Root!.Element(Soap + "Body")!.Element(Soap + "Fault")!;
        faultElement.Element("faultcode")!.Value.ShouldBe(expectedFaultCode);
        faultElement.Element("faultstring")!.Value.ShouldBe("The contact sync queue is unavailable; Salesforce will retry.");
        Encoding.UTF8.GetString(fault).ShouldBe(SoapResponses.FaultXml(code, "The contact sync queue is unavailable; Salesforce will retry."));
    }

    [Fact]
    public void A_faultstring_is_escaped_kept_on_one_line_and_cut_to_the_limit()
    {
        string faultString = "<b>&\"quoted\"'\r\n" + new string('x', 2000);

        string fault = SoapResponses.FaultXml(SoapFaultCode.Client, faultString);

        string parsed = XDocument.Parse(fault).Root!.Element(Soap + "Body")!.Element(Soap + "Fault")!.Element("faultstring")!.Value;
        parsed.ShouldStartWith("<b>&\"quoted\"'  xxx");
        parsed.Length.ShouldBe(SoapResponses.MaxFaultStringLength + 1);
        parsed.ShouldEndWith("x…");
        SoapResponses.MaxFaultStringLength.ShouldBe(512);
    }

    [Fact]
    public void An_undefined_fault_code_is_refused()
        => Should.Throw<ArgumentOutOfRangeException>(() => SoapResponses.Fault((SoapFaultCode)0, "x"));
}
