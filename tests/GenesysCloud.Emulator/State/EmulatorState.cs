using System.Text.Json;
using System.Text.Json.Nodes;

namespace GenesysCloud.Emulator;

/// <summary>
/// Everything the emulator knows. Campaigns, contact lists and DNC lists are guarded by <see cref="Gate"/>;
/// tokens, rate windows, recordings and faults have their own thread-safe stores.
/// </summary>
internal sealed class EmulatorState
{
    private readonly EmulatorSeed seed;

    public EmulatorState(EmulatorSeed seed, TimeProvider time)
    {
        seed.Validate();
        this.seed = seed.Clone();
        Time = time;
        Settings = this.seed.Settings;
        Faults = new EmulatorFaults(Settings.FaultRandomSeed);
        Reset();
    }

    public TimeProvider Time { get; }

    public EmulatorSettings Settings { get; }

    public EmulatorFaults Faults { get; }

    public OAuthRegistry OAuth { get; } = new();

    public TokenRateLimiter RateLimiter { get; } = new();

    public RequestRecorder Recorder { get; } = new();

    public Lock Gate { get; } = new();

    /// <summary>Campaigns in seed/creation order.</summary>
    public List<CampaignRecord> Campaigns { get; } = [];

    public Dictionary<string, ContactListRecord> ContactLists { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, DncListRecord> DncLists { get; } = new(StringComparer.Ordinal);

    public DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>Back to the seed: data, clients, tokens, rate windows, recordings and faults.</summary>
    public void Reset()
    {
        var now = Now;
        lock (Gate)
        {
            ContactLists.Clear();
            foreach (var list in seed.ContactLists)
            {
                ContactLists[list.Id] = new ContactListRecord(list, now);
            }

            DncLists.Clear();
            foreach (var list in seed.DncLists)
            {
                DncLists[list.Id] = new DncListRecord(list, now);
            }

            Campaigns.Clear();
            foreach (var campaign in seed.Campaigns)
            {
                Campaigns.Add(new CampaignRecord(CampaignWire(campaign, now)));
            }
        }

        OAuth.Load(seed.OAuthClients);
        RateLimiter.Clear();
        Recorder.Clear();
        Faults.Reset(Settings.FaultRandomSeed);
    }

    public CampaignRecord? FindCampaign(string id) =>
        Campaigns.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase));

    public ContactListRecord? FindContactList(string id) =>
        ContactLists.GetValueOrDefault(id) ?? ContactLists.Values.FirstOrDefault(l => string.Equals(l.Id, id, StringComparison.OrdinalIgnoreCase));

    public DncListRecord? FindDncList(string id) =>
        DncLists.GetValueOrDefault(id) ?? DncLists.Values.FirstOrDefault(l => string.Equals(l.Id, id, StringComparison.OrdinalIgnoreCase));

    public static string Timestamp(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private JsonObject CampaignWire(CampaignSeed campaign, DateTimeOffset now)
    {
        var body = JsonSerializer.SerializeToNode(campaign, EmulatorJson.Wire)!.AsObject();
        body["dateCreated"] ??= Timestamp(now);
        body["dateModified"] ??= Timestamp(now);
        body["selfUri"] = ApiPaths.Campaign(campaign.Id);
        if (body["contactList"] is JsonObject contactList)
        {
            var list = ContactLists.GetValueOrDefault(campaign.ContactList.Id ?? "");
            contactList["name"] ??= list?.Name;
            contactList["selfUri"] = ApiPaths.ContactList(campaign.ContactList.Id ?? "");
        }

        return body;
    }
}
