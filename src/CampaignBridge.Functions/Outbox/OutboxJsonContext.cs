using System.Text.Json.Serialization;

namespace CampaignBridge.Functions.Outbox;

/// <summary>Source-generated JSON for everything the outbox stores (camelCase, nulls omitted).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ContactSyncMessage))]
[JsonSerializable(typeof(PoisonedContactSyncMessage))]
[JsonSerializable(typeof(QueuedContact))]
[JsonSerializable(typeof(List<QueuedContact>))]
[JsonSerializable(typeof(List<OperationRejection>))]
internal sealed partial class OutboxJsonContext : JsonSerializerContext;
