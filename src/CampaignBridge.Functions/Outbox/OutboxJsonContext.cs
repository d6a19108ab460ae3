using System.Text.Json.Serialization;

namespace CampaignBridge.Functions.Outbox;

/// <summary>Source-generated JSON for what the engine itself stores (camelCase, nulls omitted).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(List<OperationRejection>))]
internal sealed partial class OutboxJsonContext : JsonSerializerContext;
