using System.Xml;

namespace CampaignBridge.Salesforce;

/// <summary>
/// Reads a Salesforce Outbound Message (SOAP 1.1 <c>notifications</c>) safely: the body is size-limited before
/// parsing, DTDs are refused (so no entity is ever expanded or resolved), nothing external is resolved,
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
        using BoundedBody bounded = BoundedBody.Read(body, options.MaxBodyBytes);
        return Parse(bounded, options);
    }

    /// <summary>Reads a body asynchronously (e.g. an HTTP request body) and parses it.</summary>
    /// <exception cref="OutboundMessageException">The body was refused; see <see cref="OutboundMessageException.Code"/>.</exception>
    public static async Task<OutboundMessage> ParseAsync(Stream body, OutboundMessageParserOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= OutboundMessageParserOptions.Default;
        using BoundedBody bounded = await BoundedBody.ReadAsync(body, options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        return Parse(bounded, options);
    }

    private static OutboundMessage Parse(BoundedBody body, OutboundMessageParserOptions options)
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
            return new OutboundMessageReader(reader, options.MaxNotifications).Read();
        }
        catch (XmlException) when (ContainsDoctype(body.Span))
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

    // XmlException does not say that a prohibited DTD was the cause, so the body is searched for the declaration
    // (in UTF-8/ASCII and both UTF-16 byte orders) only after the reader has refused it.
    private static bool ContainsDoctype(ReadOnlySpan<byte> body)
        => body.IndexOf("<!DOCTYPE"u8) >= 0
           || body.IndexOf("<\0!\0D\0O\0C\0T\0Y\0P\0E\0"u8) >= 0
           || body.IndexOf("\0<\0!\0D\0O\0C\0T\0Y\0P\0E"u8) >= 0;
}
