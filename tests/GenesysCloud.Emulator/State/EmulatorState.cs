using System.Text.Json;
using System.Text.Json.Nodes;
using Emulators.Hosting;

namespace GenesysCloud.Emulator;

/// <summary>
/// Everything the emulator knows. Campaigns, contact lists, DNC lists, the dialer and exports are guarded by
/// <see cref="Gate"/>; readers enter it through <see cref="Synchronize"/>, which first lets the dialer catch up with
/// the clock. Tokens, rate windows, recordings and faults have their own thread-safe stores.
/// </summary>
internal sealed class EmulatorState
{
    public EmulatorState(EmulatorSeed seed, TimeProvider time)
    {
        seed.Validate();
        Seed = seed.Clone();
        Time = time;
        Settings = Seed.Settings;
        Faults = new GenesysFaults(new EmulatorFaults(Settings.FaultRandomSeed, time));
        Dialer = new DialerEngine(this, Seed);
        Reset();
    }

    /// <summary>The emulator's own copy of the seed (wrap-up codes, mapping, agents, dialer model).</summary>
    public EmulatorSeed Seed { get; }

    public TimeProvider Time { get; }

    public EmulatorSettings Settings { get; }

    public GenesysFaults Faults { get; }

    public OAuthRegistry OAuth { get; } = new();

    public TokenRateLimiter RateLimiter { get; } = new();

    public RequestRecorder Recorder { get; } = new(GenesysRedaction.Policy);

    public DialerEngine Dialer { get; }

    public Lock Gate { get; } = new();

    /// <summary>Campaigns in seed/creation order.</summary>
    public List<CampaignRecord> Campaigns { get; } = [];

    public Dictionary<string, ContactListRecord> ContactLists { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, DncListRecord> DncLists { get; } = new(StringComparer.Ordinal);

    /// <summary>Contact-list exports by contact list id (the latest one per list).</summary>
    public Dictionary<string, ContactListExport> Exports { get; } = new(StringComparer.OrdinalIgnoreCase);

    public DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>When the state was last built from the seed (the <c>dateCreated</c> of seeded entities).</summary>
    public DateTimeOffset ResetAt { get; private set; }

    /// <summary>
    /// Enters <see cref="Gate"/> and lets the dialer catch up with the clock, so what the caller reads is what the
    /// clock says; <paramref name="now"/> is the instant it caught up to. Use as <c>using var sync = state.Synchronize(out var now);</c>.
    /// </summary>
    public Lock.Scope Synchronize(out DateTimeOffset now)
    {
        var scope = Gate.EnterScope();
        now = Now;
        Dialer.CatchUp(now);
        return scope;
    }

    /// <summary>Back to the seed: data, dialer, clients, tokens, rate windows, recordings and faults.</summary>
    public void Reset()
    {
        var now = Now;
        lock (Gate)
        {
            ResetAt = now;
            ContactLists.Clear();
            foreach (var list in Seed.ContactLists)
            {
                ContactLists[list.Id] = new ContactListRecord(list, now);
            }

            DncLists.Clear();
            foreach (var list in Seed.DncLists)
            {
                DncLists[list.Id] = new DncListRecord(list, now);
            }

            Campaigns.Clear();
            foreach (var campaign in Seed.Campaigns)
            {
                Campaigns.Add(new CampaignRecord(CampaignWire(campaign, now)));
            }

            Exports.Clear();
            Dialer.Reset(now);
        }

        OAuth.Load(Seed.OAuthClients);
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

    /// <summary>Campaigns whose contact list is <paramref name="contactListId"/>.</summary>
    public IEnumerable<CampaignRecord> CampaignsOn(string contactListId) =>
        Campaigns.Where(c => string.Equals(c.ContactListId, contactListId, StringComparison.OrdinalIgnoreCase));

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
