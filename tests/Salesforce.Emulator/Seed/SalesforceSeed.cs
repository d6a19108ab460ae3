using Emulators.Hosting;

namespace Salesforce.Emulator;

/// <summary>
/// The org the emulator starts with (and returns to on reset): organization, users, External Client Apps,
/// Activity custom fields, Leads, Contacts, Campaigns with member statuses, CampaignMembers and settings.
/// Every factory returns a fresh, validated instance, so a test may change it before <see cref="SalesforceEmulator.StartAsync"/>.
/// </summary>
public sealed class SalesforceSeed
{
    private const string DefaultSeedResource = "Salesforce.Emulator.seed.default.json";

    /// <summary>The org.</summary>
    public OrganizationSeed Organization { get; set; } = new();

    /// <summary>Users (Run As users, record owners).</summary>
    public List<UserSeed> Users { get; set; } = [];

    /// <summary>External Client Apps allowed to request tokens.</summary>
    public List<ClientAppSeed> ClientApps { get; set; } = [];

    /// <summary>Custom fields on Activity (seen on Task), e.g. the upsert key <c>Genesys_Conversation_Id__c</c>.</summary>
    public List<CustomFieldSeed> ActivityCustomFields { get; set; } = [];

    /// <summary>Leads.</summary>
    public List<LeadSeed> Leads { get; set; } = [];

    /// <summary>Contacts.</summary>
    public List<ContactSeed> Contacts { get; set; } = [];

    /// <summary>Campaigns with their member statuses.</summary>
    public List<CampaignSeed> Campaigns { get; set; } = [];

    /// <summary>Campaign members.</summary>
    public List<CampaignMemberSeed> CampaignMembers { get; set; } = [];

    /// <summary>Behaviour switches.</summary>
    public SalesforceSettings Settings { get; set; } = new();

    /// <summary>A fresh copy of <c>seed.default.json</c> (fixed ids other tests rely on).</summary>
    public static SalesforceSeed Default => FromJson(SeedJson.ReadEmbedded(typeof(SalesforceSeed).Assembly, DefaultSeedResource));

    /// <summary>Reads and validates a seed file.</summary>
    /// <exception cref="InvalidDataException">The file is not a valid seed.</exception>
    public static SalesforceSeed Load(string path) => FromJson(File.ReadAllText(path));

    /// <summary>Parses and validates seed JSON.</summary>
    /// <exception cref="InvalidDataException">The JSON is not a valid seed; the message lists every problem.</exception>
    public static SalesforceSeed FromJson(string json) => SeedJson.Parse<SalesforceSeed>(json, s => s.Validate());

    /// <summary>The seed as JSON (the seed-file format).</summary>
    public string ToJson() => SeedJson.Write(this);

    /// <summary>Checks ids, references and ranges; called by the factories and again at start.</summary>
    /// <exception cref="InvalidDataException">Something is malformed or refers to nothing.</exception>
    public void Validate()
    {
        var problems = SeedValidator.Problems(this);
        if (problems.Count > 0)
        {
            throw new InvalidDataException("Invalid Salesforce emulator seed: " + string.Join(" ", problems));
        }
    }

    internal SalesforceSeed Clone() => FromJson(ToJson());
}
