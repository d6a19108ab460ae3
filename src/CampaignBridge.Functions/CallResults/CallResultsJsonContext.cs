using System.Text.Json.Serialization;
using CampaignBridge.Functions.Outbox;

namespace CampaignBridge.Functions.CallResults;

/// <summary>Source-generated JSON for what the way back stores (camelCase, nulls omitted).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CallResultMessage))]
[JsonSerializable(typeof(PoisonedDeliveryMessage<CallResultMessage>))]
[JsonSerializable(typeof(CallAttempt))]
[JsonSerializable(typeof(List<CallAttempt>))]
internal sealed partial class CallResultsJsonContext : JsonSerializerContext
{
    /// <summary>The metadata the <c>call-results</c> lane stores its messages, payload blobs and poison entries with.</summary>
    public static DeliveryJson<CallAttempt, CallResultMessage> Lane
        => new(Default.CallResultMessage, Default.CallAttempt, Default.ListCallAttempt, Default.PoisonedDeliveryMessageCallResultMessage);
}
