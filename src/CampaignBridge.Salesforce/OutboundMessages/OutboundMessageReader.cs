using System.Text;
using System.Xml;

namespace CampaignBridge.Salesforce;

/// <summary>
/// Walks one Outbound Message with a forward-only <see cref="XmlReader"/>. Each Read method starts on an
/// element's start tag and leaves the reader on the node after that element's end tag. Unknown elements are
/// skipped (the WSDL is generated per object and grows when admins add fields), and so are sObject fields outside
/// <c>keptFields</c> (when given) without their values ever being read into strings.
/// </summary>
internal sealed class OutboundMessageReader(XmlReader reader, int maxNotifications, IReadOnlySet<string>? keptFields)
{
    private const int MaxEchoedNameLength = 64;

    internal OutboundMessage Read()
    {
        try
        {
            return ReadEnvelope();
        }
        catch (OutboundMessageException exception) when (exception.Code == OutboundMessageErrorCodes.NotANotification)
        {
            // A document that is also not well-formed is reported as malformed XML, the more basic problem.
            while (reader.Read())
            {
            }

            throw;
        }
    }

    private OutboundMessage ReadEnvelope()
    {
        reader.MoveToContent();
        if (!IsAt(SoapNamespaces.Soap11Envelope, "Envelope"))
        {
            throw NotANotification($"The root element is {Describe()}, not a SOAP 1.1 Envelope ({SoapNamespaces.Soap11Envelope}).");
        }

        OutboundMessage? message = null;
        int depth = reader.Depth;
        if (EnterElement())
        {
            while (NextChild(depth))
            {
                if (message is null && IsAt(SoapNamespaces.Soap11Envelope, "Body"))
                {
                    message = ReadBody();
                }
                else
                {
                    reader.Skip();
                }
            }
        }

        // Read to the end so that trailing garbage (a second root, an unclosed tag) is still refused.
        while (reader.Read())
        {
        }

        return message ?? throw NotANotification("The SOAP envelope has no Body.");
    }

    private OutboundMessage ReadBody()
    {
        int depth = reader.Depth;
        if (!EnterElement() || !NextChild(depth))
        {
            throw NotANotification("The SOAP Body is empty; expected an Outbound Message 'notifications' element.");
        }

        if (!IsAt(SoapNamespaces.Outbound, "notifications"))
        {
            throw NotANotification($"The SOAP Body holds {Describe()}, not an Outbound Message 'notifications' element in {SoapNamespaces.Outbound}.");
        }

        OutboundMessage message = ReadNotifications();
        while (NextChild(depth))
        {
            reader.Skip();
        }

        return message;
    }

    private OutboundMessage ReadNotifications()
    {
        string? organizationId = null;
        string? actionId = null;
        string? sessionId = null;
        string? enterpriseUrl = null;
        string? partnerUrl = null;
        var notifications = new List<OutboundNotification>();

        int depth = reader.Depth;
        if (EnterElement())
        {
            while (NextChild(depth))
            {
                if (!string.Equals(reader.NamespaceURI, SoapNamespaces.Outbound, StringComparison.Ordinal))
                {
                    reader.Skip();
                    continue;
                }

                switch (reader.LocalName)
                {
                    case "OrganizationId":
                        // The org is what the message is authorised by: two of them (the last would win) is a forgery or a fault.
                        organizationId = organizationId is null
                            ? ReadText().Trim()
                            : throw new OutboundMessageException(OutboundMessageErrorCodes.InvalidOrganizationId, "The Outbound Message has more than one OrganizationId; Salesforce sends exactly one.");
                        break;
                    case "ActionId":
                        actionId = ReadText().Trim();
                        break;
                    case "SessionId":
                        sessionId = ReadNillableText();
                        break;
                    case "EnterpriseUrl":
                        enterpriseUrl = ReadText().Trim();
                        break;
                    case "PartnerUrl":
                        partnerUrl = ReadText().Trim();
                        break;
                    case "Notification":
                        if (notifications.Count == maxNotifications)
                        {
                            throw new OutboundMessageException(
                                OutboundMessageErrorCodes.TooManyNotifications,
                                $"The Outbound Message has more than {maxNotifications} Notification elements; Salesforce sends at most {OutboundMessageParserOptions.SalesforceMaxNotifications} per message.");
                        }

                        notifications.Add(ReadNotification(notifications.Count + 1));
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }
        }

        return new OutboundMessage
        {
            OrganizationId = ParseOrganizationId(organizationId),
            ActionId = actionId ?? string.Empty,
            SessionId = string.IsNullOrEmpty(sessionId) ? null : sessionId,
            EnterpriseUrl = enterpriseUrl ?? string.Empty,
            PartnerUrl = partnerUrl ?? string.Empty,
            Notifications = notifications,
        };
    }

    private static SalesforceOrganizationId ParseOrganizationId(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new OutboundMessageException(
                OutboundMessageErrorCodes.MissingOrganizationId,
                "The Outbound Message has no OrganizationId, so its sender cannot be verified.");
        }

        if (!SalesforceOrganizationId.TryParse(value, out SalesforceOrganizationId id, out string? problem))
        {
            throw new OutboundMessageException(
                OutboundMessageErrorCodes.InvalidOrganizationId,
                $"The Outbound Message OrganizationId '{Excerpt.Of(value, 24)}' is not valid: {problem}.");
        }

        return id;
    }

    private OutboundNotification ReadNotification(int position)
    {
        string? id = null;
        SObjectRecord? sObject = null;
        int depth = reader.Depth;
        if (EnterElement())
        {
            while (NextChild(depth))
            {
                if (IsAt(SoapNamespaces.Outbound, "Id"))
                {
                    id = ReadText().Trim();
                }
                else if (IsAt(SoapNamespaces.Outbound, "sObject"))
                {
                    if (sObject is not null)
                    {
                        throw InvalidNotification($"Notification {position} has more than one sObject.");
                    }

                    sObject = ReadSObject(position);
                }
                else
                {
                    reader.Skip();
                }
            }
        }

        if (string.IsNullOrEmpty(id))
        {
            throw InvalidNotification($"Notification {position} has no Id; Salesforce always sends one and it is the key for recognising redeliveries.");
        }

        return new OutboundNotification { Id = id, SObject = sObject };
    }

    private SObjectRecord ReadSObject(int position)
    {
        string type = reader.GetAttribute("type", SoapNamespaces.XmlSchemaInstance)?.Trim() ?? string.Empty;
        int colon = type.IndexOf(':', StringComparison.Ordinal);
        string objectName = colon >= 0 ? type[(colon + 1)..] : type;

        var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        int depth = reader.Depth;
        if (EnterElement())
        {
            while (NextChild(depth))
            {
                if (!string.Equals(reader.NamespaceURI, SoapNamespaces.EnterpriseSObject, StringComparison.Ordinal))
                {
                    reader.Skip();
                    continue;
                }

                string name = reader.LocalName;
                if (keptFields is not null && !keptFields.Contains(name) && !string.Equals(name, "Id", StringComparison.OrdinalIgnoreCase))
                {
                    reader.Skip();
                    continue;
                }

                string? value;
                if (IsNil())
                {
                    value = null;
                    reader.Skip();
                }
                else
                {
                    value = ReadSimpleContent(out bool hasChildElements);
                    if (hasChildElements)
                    {
                        // A structured value (not produced for the simple fields an Outbound Message can send) has no
                        // single string form; leaving it out is the same as a field the admin did not select.
                        continue;
                    }
                }

                if (!fields.TryAdd(name, value))
                {
                    throw InvalidNotification($"Notification {position}: the sObject field '{Excerpt.Of(name, MaxEchoedNameLength)}' appears more than once.");
                }
            }
        }

        string? id = fields.TryGetValue("Id", out string? idValue) && !string.IsNullOrWhiteSpace(idValue) ? idValue.Trim() : null;
        return new SObjectRecord { Type = type, ObjectName = objectName, Id = id, Fields = fields };
    }

    private string ReadText() => ReadSimpleContent(out _);

    private string? ReadNillableText()
    {
        if (IsNil())
        {
            reader.Skip();
            return null;
        }

        return ReadSimpleContent(out _);
    }

    /// <summary>Reads the text of the current element; child elements are skipped and reported.</summary>
    private string ReadSimpleContent(out bool hasChildElements)
    {
        hasChildElements = false;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return string.Empty;
        }

        int depth = reader.Depth;
        reader.Read();
        string? first = null;
        StringBuilder? combined = null;
        while (reader.NodeType != XmlNodeType.EndElement || reader.Depth != depth)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (first is null)
                    {
                        first = reader.Value;
                    }
                    else
                    {
                        (combined ??= new StringBuilder(first)).Append(reader.Value);
                    }

                    reader.Read();
                    break;
                case XmlNodeType.Element:
                    hasChildElements = true;
                    reader.Skip();
                    break;
                default:
                    reader.Read();
                    break;
            }
        }

        reader.Read();
        return combined?.ToString() ?? first ?? string.Empty;
    }

    // HasAttributes first: most fields carry none, and a namespaced GetAttribute costs two name-table lookups.
    private bool IsNil()
        => reader.HasAttributes
           && reader.GetAttribute("nil", SoapNamespaces.XmlSchemaInstance) is { } nil
           && (nil.Trim() is "true" or "1");

    /// <summary>Steps into the current element; false (and past it) when it is empty.</summary>
    private bool EnterElement()
    {
        bool isEmpty = reader.IsEmptyElement;
        reader.Read();
        return !isEmpty;
    }

    /// <summary>Moves to the next child element of the element at <paramref name="parentDepth"/>; false after its end tag.</summary>
    private bool NextChild(int parentDepth)
    {
        while (true)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                return true;
            }

            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == parentDepth)
            {
                reader.Read();
                return false;
            }

            if (!reader.Read())
            {
                throw new XmlException("Unexpected end of the document.");
            }
        }
    }

    private bool IsAt(string namespaceUri, string localName)
        => reader.NodeType == XmlNodeType.Element
           && string.Equals(reader.LocalName, localName, StringComparison.Ordinal)
           && string.Equals(reader.NamespaceURI, namespaceUri, StringComparison.Ordinal);

    private string Describe()
        => $"'{Excerpt.Of(reader.LocalName, MaxEchoedNameLength)}' in namespace '{Excerpt.Of(reader.NamespaceURI, MaxEchoedNameLength)}'";

    private static OutboundMessageException NotANotification(string message)
        => new(OutboundMessageErrorCodes.NotANotification, message);

    private static OutboundMessageException InvalidNotification(string message)
        => new(OutboundMessageErrorCodes.InvalidNotification, message);
}
