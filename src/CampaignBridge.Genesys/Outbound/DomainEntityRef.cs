using System.Text.Json;
using System.Text.Json.Serialization;

namespace CampaignBridge.Genesys;

/// <summary>A reference to another Genesys entity (<c>{id, name, selfUri}</c>).</summary>
public sealed record DomainEntityRef
{
    /// <summary>The referenced entity's id.</summary>
    public string? Id { get; init; }

    /// <summary>The referenced entity's name, when Genesys includes it.</summary>
    public string? Name { get; init; }

    /// <summary>The API path of the referenced entity.</summary>
    public string? SelfUri { get; init; }

    /// <summary>Fields this library does not model, kept so a read-modify-write does not drop them.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalFields { get; set; }
}
