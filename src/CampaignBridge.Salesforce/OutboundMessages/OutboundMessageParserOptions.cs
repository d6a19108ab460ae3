namespace CampaignBridge.Salesforce;

/// <summary>Limits applied by <see cref="OutboundMessageParser"/>.</summary>
public sealed class OutboundMessageParserOptions
{
    /// <summary>Default body limit: 1 MiB. 100 notifications of a typical record are well under 100 KiB.</summary>
    public const int DefaultMaxBodyBytes = 1024 * 1024;

    /// <summary>The most notifications Salesforce puts in one message (WSDL <c>maxOccurs="100"</c>).</summary>
    public const int SalesforceMaxNotifications = 100;

    /// <summary>The defaults: <see cref="DefaultMaxBodyBytes"/> and <see cref="SalesforceMaxNotifications"/>.</summary>
    public static OutboundMessageParserOptions Default { get; } = new();

    /// <summary>Bodies longer than this many bytes are refused with <c>salesforce.outbound.too_large</c> before parsing.</summary>
    public int MaxBodyBytes
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxBodyBytes), value, "The body limit must be positive.");
    } = DefaultMaxBodyBytes;

    /// <summary>Messages with more notifications are refused with <c>salesforce.outbound.too_many_notifications</c>.</summary>
    public int MaxNotifications
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxNotifications), value, "The notification limit must be positive.");
    } = SalesforceMaxNotifications;
}
