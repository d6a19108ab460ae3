namespace Salesforce.Emulator;

/// <summary>The object types of the emulated org, built from the seed (Activity custom fields, settings).</summary>
internal sealed class SchemaCatalog
{
    private readonly Dictionary<string, SObjectSchema> byName;
    private readonly Dictionary<string, SObjectSchema> byPrefix;

    public SchemaCatalog(SalesforceSettings settings, IEnumerable<CustomFieldSeed> activityFields)
    {
        SObjectSchema[] all =
        [
            StandardObjects.TaskSchema(settings, activityFields),
            StandardObjects.LeadSchema(),
            StandardObjects.ContactSchema(),
            StandardObjects.CampaignSchema(),
            StandardObjects.CampaignMemberSchema(),
            StandardObjects.CampaignMemberStatusSchema(),
            StandardObjects.UserSchema(),
        ];
        All = all;
        byName = all.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        byPrefix = all.ToDictionary(s => s.KeyPrefix, StringComparer.Ordinal);
    }

    public IReadOnlyList<SObjectSchema> All { get; }

    /// <summary>The object type with this API name (case-insensitive), or null.</summary>
    public SObjectSchema? Find(string name) => byName.GetValueOrDefault(name);

    /// <summary>The object type an id belongs to (by key prefix), or null.</summary>
    public SObjectSchema? ForId(string id) => byPrefix.GetValueOrDefault(SalesforceIds.Prefix(id));
}
