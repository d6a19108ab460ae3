using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenesysCloud.Emulator;

/// <summary>
/// A campaign in the Genesys <c>Campaign</c> wire model. The fields the emulator checks are typed; every other
/// field (queue, script, edgeGroup, abandonRate, ...) is kept as-is in <see cref="AdditionalProperties"/>.
/// </summary>
public sealed class CampaignSeed
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public int Version { get; set; } = 1;

    /// <summary><c>on</c>, <c>stopping</c>, <c>off</c>, <c>complete</c>, <c>invalid</c>, <c>forced_off</c>, <c>forced_stopping</c>.</summary>
    public string CampaignStatus { get; set; } = "off";

    /// <summary><c>agentless</c>, <c>preview</c>, <c>power</c>, <c>predictive</c>, <c>progressive</c>, <c>external</c>.</summary>
    public string DialingMode { get; set; } = "preview";

    public DomainEntityRefSeed ContactList { get; set; } = new();

    public List<PhoneColumnSeed> PhoneColumns { get; set; } = [];

    public string? CallerName { get; set; }

    public string? CallerAddress { get; set; }

    public int? OutboundLineCount { get; set; }

    public int? Priority { get; set; }

    public string? DateCreated { get; set; }

    public string? DateModified { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
