using System.Text.Json;

namespace CampaignBridge.Infrastructure.Tests.Support;

/// <summary>A resource of the compiled ARM JSON together with the (nested) template that declares it.</summary>
internal sealed record ArmResource(JsonElement Element, JsonElement Template)
{
    public string Type => Element.GetProperty("type").GetString()!;

    public string Name => Element.GetProperty("name").GetString()!;

    public JsonElement Properties => Element.GetProperty("properties");

    /// <summary>A string property of the resource with simple variable references replaced by their values.</summary>
    public string Resolved(JsonElement value) => ArmExpressions.ResolveVariables(value.GetString() ?? string.Empty, Template);
}
