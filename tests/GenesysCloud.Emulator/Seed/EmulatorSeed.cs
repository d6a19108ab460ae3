using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenesysCloud.Emulator;

/// <summary>
/// The organization the emulator starts with (and returns to on reset): OAuth clients, campaigns, contact
/// lists, DNC lists and settings. Every factory returns a fresh instance, so a test may modify it before
/// <see cref="GenesysCloudEmulator.StartAsync"/>.
/// </summary>
public sealed class EmulatorSeed
{
    private const string DefaultSeedResource = "GenesysCloud.Emulator.seed.default.json";

    [JsonPropertyName("oauthClients")]
    public List<OAuthClientSeed> OAuthClients { get; set; } = [];

    public List<CampaignSeed> Campaigns { get; set; } = [];

    public List<ContactListSeed> ContactLists { get; set; } = [];

    public List<DncListSeed> DncLists { get; set; } = [];

    public EmulatorSettings Settings { get; set; } = new();

    /// <summary>A fresh copy of <c>seed.default.json</c> (the fixed ids every helper relies on).</summary>
    public static EmulatorSeed Default
    {
        get
        {
            using var stream = typeof(EmulatorSeed).Assembly.GetManifestResourceStream(DefaultSeedResource)
                ?? throw new InvalidOperationException($"Embedded resource {DefaultSeedResource} is missing.");
            using var reader = new StreamReader(stream);
            return FromJson(reader.ReadToEnd());
        }
    }

    /// <summary>Reads and validates a seed file.</summary>
    /// <exception cref="InvalidDataException">The file is not a valid seed.</exception>
    public static EmulatorSeed Load(string path) => FromJson(File.ReadAllText(path));

    /// <summary>Parses and validates seed JSON.</summary>
    /// <exception cref="InvalidDataException">The JSON is not a valid seed.</exception>
    public static EmulatorSeed FromJson(string json)
    {
        EmulatorSeed? seed;
        try
        {
            seed = JsonSerializer.Deserialize<EmulatorSeed>(json, EmulatorJson.Seed);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The emulator seed is not valid JSON: {ex.Message}", ex);
        }

        if (seed is null)
        {
            throw new InvalidDataException("The emulator seed is empty.");
        }

        seed.Validate();
        return seed;
    }

    /// <summary>The seed as JSON (the seed-file format).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, EmulatorJson.Seed);

    /// <summary>Checks ranges and references; called by the factories and again at start.</summary>
    /// <exception cref="InvalidDataException">Something is out of range or refers to nothing.</exception>
    public void Validate()
    {
        var problems = new List<string>();
        RequireUnique(OAuthClients.Select(c => c.ClientId), "oauthClients[].clientId", problems);
        foreach (var client in OAuthClients)
        {
            if (string.IsNullOrEmpty(client.ClientId) || string.IsNullOrEmpty(client.ClientSecret))
            {
                problems.Add("oauthClients[]: clientId and clientSecret are required.");
            }

            if (client.AccessTokenValiditySeconds is < OAuthClientSeed.MinAccessTokenValiditySeconds or > OAuthClientSeed.MaxAccessTokenValiditySeconds)
            {
                problems.Add($"oauthClients[{client.ClientId}].accessTokenValiditySeconds must be between {OAuthClientSeed.MinAccessTokenValiditySeconds} and {OAuthClientSeed.MaxAccessTokenValiditySeconds}, was {client.AccessTokenValiditySeconds}.");
            }
        }

        RequireUnique(ContactLists.Select(l => l.Id), "contactLists[].id", problems);
        foreach (var list in ContactLists)
        {
            if (string.IsNullOrEmpty(list.Id))
            {
                problems.Add("contactLists[].id is required.");
            }

            foreach (var column in list.PhoneColumns.Where(c => !list.ColumnNames.Contains(c.ColumnName)))
            {
                problems.Add($"contactLists[{list.Id}].phoneColumns: {column.ColumnName} is not one of its columnNames.");
            }

            foreach (var key in list.Contacts.SelectMany(c => c.Data.Keys).Distinct().Where(k => !list.ColumnNames.Contains(k)))
            {
                problems.Add($"contactLists[{list.Id}].contacts: data key {key} is not one of its columnNames.");
            }
        }

        RequireUnique(Campaigns.Select(c => c.Id), "campaigns[].id", problems);
        foreach (var campaign in Campaigns)
        {
            if (string.IsNullOrEmpty(campaign.Id))
            {
                problems.Add("campaigns[].id is required.");
            }

            if (!ContactLists.Any(l => l.Id == campaign.ContactList.Id))
            {
                problems.Add($"campaigns[{campaign.Id}].contactList.id {campaign.ContactList.Id} is not a seeded contact list.");
            }
        }

        RequireUnique(DncLists.Select(l => l.Id), "dncLists[].id", problems);

        if (Settings.RateLimitPerMinute < 1)
        {
            problems.Add("settings.rateLimitPerMinute must be at least 1.");
        }

        if (Settings.MaxRequestBytes < 1)
        {
            problems.Add("settings.maxRequestBytes must be at least 1.");
        }

        if (Settings.StoppingDelaySeconds < 0)
        {
            problems.Add("settings.stoppingDelaySeconds must not be negative.");
        }

        if (Settings.UnknownClientStatus is not (400 or 401))
        {
            problems.Add("settings.unknownClientStatus must be 400 or 401.");
        }

        if (Settings.JsonTokenRequestStatus is not (400 or 415))
        {
            problems.Add("settings.jsonTokenRequestStatus must be 400 or 415.");
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataException("Invalid emulator seed: " + string.Join(" ", problems));
        }
    }

    internal EmulatorSeed Clone() => FromJson(ToJson());

    private static void RequireUnique(IEnumerable<string> ids, string what, List<string> problems)
    {
        foreach (var duplicate in ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"{what} {duplicate.Key} appears more than once.");
        }
    }
}
