using System.Text;

namespace CampaignBridge.Salesforce;

/// <summary>
/// The SOAP 1.1 answers an Outbound Message endpoint gives. The acknowledgement tells Salesforce the whole
/// message was taken (send it with HTTP 200 only after the notifications are stored durably); anything else,
/// such as a fault with HTTP 500, makes Salesforce redeliver with exponential back-off for up to 24 hours.
/// </summary>
public static class SoapResponses
{
    /// <summary>The content type of both answers.</summary>
    public const string ContentType = "text/xml; charset=utf-8";

    /// <summary>The faultstring is cut to this many characters.</summary>
    public const int MaxFaultStringLength = 512;

    /// <summary>The positive acknowledgement (<c>notificationsResponse</c>, <c>Ack</c> true), exactly as Salesforce's reference listener sends it.</summary>
    public const string AcknowledgementXml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                          xmlns:xsd="http://www.w3.org/2001/XMLSchema"
                          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
         <soapenv:Body>
          <notificationsResponse xmlns="http://soap.sforce.com/2005/09/outbound">
           <Ack>true</Ack>
          </notificationsResponse>
         </soapenv:Body>
        </soapenv:Envelope>
        """;

    private static readonly byte[] AcknowledgementBytes = Encoding.UTF8.GetBytes(AcknowledgementXml.ReplaceLineEndings("\n"));

    /// <summary>
    /// <see cref="AcknowledgementXml"/> as UTF-8 bytes without byte order mark, built once; write it to the
    /// response body as is.
    /// </summary>
    public static ReadOnlyMemory<byte> Acknowledgement => AcknowledgementBytes;

    /// <summary>
    /// A SOAP 1.1 fault (<c>faultcode</c> <c>soapenv:Client</c> or <c>soapenv:Server</c>) with
    /// <paramref name="faultString"/> XML-escaped and cut to <see cref="MaxFaultStringLength"/> characters,
    /// as UTF-8 bytes. Send it with HTTP 500 so that Salesforce retries. Never put secrets or payload in the faultstring.
    /// </summary>
    public static byte[] Fault(SoapFaultCode faultCode, string faultString)
        => Encoding.UTF8.GetBytes(FaultXml(faultCode, faultString));

    /// <summary>The same fault as <see cref="Fault"/>, as a string.</summary>
    public static string FaultXml(SoapFaultCode faultCode, string faultString)
    {
        ArgumentNullException.ThrowIfNull(faultString);
        string code = faultCode switch
        {
            SoapFaultCode.Client => "soapenv:Client",
            SoapFaultCode.Server => "soapenv:Server",
            _ => throw new ArgumentOutOfRangeException(nameof(faultCode), faultCode, "Use Client or Server."),
        };

        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">
             <soapenv:Body>
              <soapenv:Fault>
               <faultcode>{code}</faultcode>
               <faultstring>{Escape(Excerpt.Of(faultString, MaxFaultStringLength))}</faultstring>
              </soapenv:Fault>
             </soapenv:Body>
            </soapenv:Envelope>
            """.ReplaceLineEndings("\n");
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&apos;"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
