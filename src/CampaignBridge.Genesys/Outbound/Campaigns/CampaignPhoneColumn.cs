using System.Text.Json;
using System.Text.Json.Serialization;

namespace CampaignBridge.Genesys;

/// <summary>A contact-list column a campaign dials (<c>{columnName}</c>).</summary>
public sealed record CampaignPhoneColumn
{
    /// <summary>The contact-list column name.</summary>
    public string? ColumnName { get; init; }

    /// <summary>Fields this library does not model, kept so a read-modify-write does not drop them.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalFields { get; set; }
}
