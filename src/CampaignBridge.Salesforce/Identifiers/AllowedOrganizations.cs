namespace CampaignBridge.Salesforce;

/// <summary>
/// The Salesforce organizations whose Outbound Messages are accepted, parsed from
/// <c>Salesforce:AllowedOrganizationIds</c> (comma-separated, 15- or 18-character ids, compared on the first 15).
/// An empty setting gives an empty set, which refuses every organization.
/// </summary>
public sealed class AllowedOrganizations
{
    /// <summary>The configuration key this set is read from.</summary>
    public const string SettingName = "Salesforce:AllowedOrganizationIds";

    private const int MaxEchoedEntryLength = 24;

    private readonly HashSet<SalesforceOrganizationId> _ids;

    private AllowedOrganizations(HashSet<SalesforceOrganizationId> ids) => _ids = ids;

    /// <summary>The set that refuses everything.</summary>
    public static AllowedOrganizations None { get; } = new([]);

    /// <summary>Number of distinct organizations (15-character ids) allowed.</summary>
    public int Count => _ids.Count;

    /// <summary>True when no organization is allowed (the receiver must refuse every message).</summary>
    public bool IsEmpty => _ids.Count == 0;

    /// <summary>
    /// Parses the comma-separated setting value. Blank entries (e.g. a trailing comma) are ignored;
    /// null or blank gives <see cref="None"/>.
    /// </summary>
    /// <exception cref="InvalidSettingException">An entry is not an organization id; the message names the setting and the entry.</exception>
    public static AllowedOrganizations Parse(string? setting)
    {
        if (string.IsNullOrWhiteSpace(setting))
        {
            return None;
        }

        var ids = new HashSet<SalesforceOrganizationId>();
        int position = 0;
        foreach (string rawEntry in setting.Split(','))
        {
            position++;
            string entry = rawEntry.Trim();
            if (entry.Length == 0)
            {
                continue;
            }

            if (!SalesforceOrganizationId.TryParse(entry, out SalesforceOrganizationId id, out string? problem))
            {
                string shown = entry.Length > MaxEchoedEntryLength ? entry[..MaxEchoedEntryLength] + "…" : entry;
                throw new InvalidSettingException(
                    SettingName,
                    $"{SettingName}: entry {position} ('{shown}') is not a Salesforce organization id: {problem}. " +
                    "Use the ids from Salesforce Setup > Company Information (Salesforce.com Organization ID), separated by commas.");
            }

            ids.Add(id);
        }

        return ids.Count == 0 ? None : new AllowedOrganizations(ids);
    }

    /// <summary>True when <paramref name="organizationId"/> (15- or 18-character form) is allowed.</summary>
    public bool Contains(SalesforceOrganizationId organizationId) => _ids.Contains(organizationId);

    /// <summary>Lists the allowed ids (organization ids are not secret).</summary>
    public override string ToString() => IsEmpty ? "(none)" : string.Join(",", _ids.Select(id => id.ShortId));
}
