namespace CampaignBridge.Salesforce;

/// <summary>Limits and buffering applied by <see cref="OutboundMessageParser"/>.</summary>
public sealed class OutboundMessageParserOptions
{
    /// <summary>
    /// Default body limit: 32 MiB. Salesforce puts up to 100 notifications in one message and nobody controls the
    /// batching (salesforce-callers.md §9.3); the largest plausible message, 100 Leads with every standard text field at
    /// its maximum length (Description 32,000 characters), weighs 3.46 MB in ASCII and 10.17 MB when every text field is
    /// three-byte UTF-8 characters (measured, docs/performance.md scenario 9). 32 MiB is 3.3 times the latter and also
    /// holds one custom long text area (131,072 characters) per record; a larger body is not a message Salesforce sends.
    /// </summary>
    public const int DefaultMaxBodyBytes = 32 * 1024 * 1024;

    /// <summary>Default in-memory part of a body: 1 MiB; the rest is written to a temporary file (see <see cref="MemoryBufferBytes"/>).</summary>
    public const int DefaultMemoryBufferBytes = 1024 * 1024;

    /// <summary>The most notifications Salesforce puts in one message (WSDL <c>maxOccurs="100"</c>).</summary>
    public const int SalesforceMaxNotifications = 100;

    /// <summary>The defaults: every field kept, <see cref="DefaultMaxBodyBytes"/>, <see cref="DefaultMemoryBufferBytes"/>, <see cref="SalesforceMaxNotifications"/>.</summary>
    public static OutboundMessageParserOptions Default { get; } = new();

    /// <summary>Bodies longer than this many bytes are refused with <c>salesforce.outbound.too_large</c> before parsing.</summary>
    public int MaxBodyBytes
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxBodyBytes), value, "The body limit must be positive.");
    } = DefaultMaxBodyBytes;

    /// <summary>
    /// How much of a body is held in memory. A longer body streams on into a temporary file (deleted when parsing ends)
    /// and is parsed from there, so a message of many megabytes costs a small, fixed amount of memory.
    /// </summary>
    public int MemoryBufferBytes
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MemoryBufferBytes), value, "The memory buffer must be positive.");
    } = DefaultMemoryBufferBytes;

    /// <summary>Where bodies beyond <see cref="MemoryBufferBytes"/> are spooled; null = the system temporary folder.</summary>
    public string? SpoolDirectory { get; init; }

    /// <summary>
    /// The sObject fields to keep (API names, case-insensitive), or null to keep every field. Fields left out are
    /// skipped without being read into memory: a mapping that does not use a 32,000-character Description never holds it.
    /// <c>Id</c> is always kept.
    /// </summary>
    public IReadOnlySet<string>? KeptFields { get; init; }

    /// <summary>Messages with more notifications are refused with <c>salesforce.outbound.too_many_notifications</c>.</summary>
    public int MaxNotifications
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxNotifications), value, "The notification limit must be positive.");
    } = SalesforceMaxNotifications;
}
