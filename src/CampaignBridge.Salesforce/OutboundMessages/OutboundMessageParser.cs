using System.Xml;

namespace CampaignBridge.Salesforce;

/// <summary>
/// Reads a Salesforce Outbound Message (SOAP 1.1 <c>notifications</c>) safely: the body is size-limited before
/// parsing (and streamed into a temporary file beyond <see cref="OutboundMessageParserOptions.MemoryBufferBytes"/>), DTDs are refused (so no entity is ever expanded or resolved), nothing external is resolved,
/// elements are matched by namespace URI, and at most <see cref="OutboundMessageParserOptions.MaxNotifications"/>
/// notifications are accepted. Every refusal is an <see cref="OutboundMessageException"/> with a stable code.
/// </summary>
public static class OutboundMessageParser
{
    /// <summary>Reads and parses a body from a stream that may be read synchronously (e.g. a <see cref="MemoryStream"/>).</summary>
    /// <exception cref="OutboundMessageException">The body was refused; see <see cref="OutboundMessageException.Code"/>.</exception>
    public static OutboundMessage Parse(Stream body, OutboundMessageParserOptions? options = null)
    {
        options ??= OutboundMessageParserOptions.Default;
        using SpooledBody spooled = SpooledBody.Read(body, options);
        return Parse(spooled, options);
    }

    /// <summary>Reads a body asynchronously (e.g. an HTTP request body) and parses it.</summary>
    /// <exception cref="OutboundMessageException">The body was refused; see <see cref="OutboundMessageException.Code"/>.</exception>
    public static async Task<OutboundMessage> ParseAsync(Stream body, OutboundMessageParserOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= OutboundMessageParserOptions.Default;
        using SpooledBody spooled = await SpooledBody.ReadAsync(body, options, cancellationToken).ConfigureAwait(false);
        return Parse(spooled, options);
    }

    private static OutboundMessage Parse(SpooledBody body, OutboundMessageParserOptions options)
    {
        var settings = new XmlReaderSettings
        {
            // Refusing DTDs outright removes entity expansion (billion laughs) and external entities (XXE).
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = options.MaxBodyBytes,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        };

        try
        {
            using XmlReader reader = XmlReader.Create(body.OpenRead(), settings);
            return new OutboundMessageReader(reader, options.MaxNotifications, options.KeptFields).Read();
        }
        catch (XmlException) when (body.ContainsDoctype)
        {
            // The reader's own text advises enabling DTD processing, which is exactly what must not happen; leave it out.
            throw new OutboundMessageException(
                OutboundMessageErrorCodes.DtdProhibited,
                "The Outbound Message body contains a document type declaration (<!DOCTYPE>); DTDs and entities are not accepted, and Salesforce never sends one.");
        }
        catch (XmlException exception)
        {
            throw new OutboundMessageException(
                OutboundMessageErrorCodes.MalformedXml,
                $"The Outbound Message body is not well-formed XML: {Excerpt.Of(exception.Message)}");
        }
    }
}
