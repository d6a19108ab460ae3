namespace CampaignBridge.Salesforce;

/// <summary>
/// An Outbound Message body was refused. <see cref="Code"/> is stable (see <see cref="OutboundMessageErrorCodes"/>);
/// the message says what is wrong and quotes at most a short excerpt of the payload, never the session id.
/// </summary>
public sealed class OutboundMessageException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">One of <see cref="OutboundMessageErrorCodes"/>.</param>
    /// <param name="message">What is wrong, without payload beyond a short excerpt.</param>
    public OutboundMessageException(string code, string message)
        : base(message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
    }

    /// <summary>The stable error code, e.g. <c>salesforce.outbound.malformed_xml</c>.</summary>
    public string Code { get; }
}
