using System.Text.Json.Serialization;
using Emulators.Hosting;

namespace GenesysCloud.Emulator;

/// <summary>
/// The organization the emulator starts with (and returns to on reset): OAuth clients, campaigns, contact
/// lists, DNC lists, wrap-up codes, agents, the dialer model and settings. Every factory returns a fresh instance, so a test may modify it before
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

    /// <summary>The organization's agent wrap-up codes (<c>GET /api/v2/routing/wrapupcodes</c>).</summary>
    public List<WrapUpCodeSeed> WrapUpCodes { get; set; } = [];

    /// <summary>The outbound wrap-up code mapping (<c>GET /api/v2/outbound/wrapupcodemappings</c>).</summary>
    public WrapUpCodeMappingSeed WrapUpCodeMapping { get; set; } = new();

    /// <summary>Agents who take connected calls; the dialer picks one per call.</summary>
    public List<AgentSeed> Agents { get; set; } = [];

    /// <summary>Pace, outcome model, durations, retry rules and after-call work of the simulated dialer.</summary>
    public DialerSeed Dialer { get; set; } = new();

    public EmulatorSettings Settings { get; set; } = new();

    /// <summary>A fresh copy of <c>seed.default.json</c> (the fixed ids every helper relies on).</summary>
    public static EmulatorSeed Default => FromJson(SeedJson.ReadEmbedded(typeof(EmulatorSeed).Assembly, DefaultSeedResource));

    /// <summary>Reads and validates a seed file.</summary>
    /// <exception cref="InvalidDataException">The file is not a valid seed.</exception>
    public static EmulatorSeed Load(string path) => FromJson(File.ReadAllText(path));

    /// <summary>Parses and validates seed JSON.</summary>
    /// <exception cref="InvalidDataException">The JSON is not a valid seed.</exception>
    public static EmulatorSeed FromJson(string json) => SeedJson.Parse<EmulatorSeed>(json, s => s.Validate());

    /// <summary>The seed as JSON (the seed-file format).</summary>
    public string ToJson() => SeedJson.Write(this);

    /// <summary>Checks ranges and references; called by the factories and again at start.</summary>
    /// <exception cref="InvalidDataException">Something is out of range or refers to nothing.</exception>
    public void Validate()
    {
        var problems = SeedValidation.Problems(this);
        if (problems.Count > 0)
        {
            throw new InvalidDataException("Invalid emulator seed: " + string.Join(" ", problems));
        }
    }

    internal EmulatorSeed Clone() => FromJson(ToJson());
}
