using System.Text.Json.Serialization;
using CampaignBridge.Functions.Outbox;

namespace CampaignBridge.Functions.ContactSync;

/// <summary>Source-generated JSON for what the contact outbox stores (camelCase, nulls omitted).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ContactSyncMessage))]
[JsonSerializable(typeof(PoisonedDeliveryMessage<ContactSyncMessage>))]
[JsonSerializable(typeof(QueuedContact))]
[JsonSerializable(typeof(List<QueuedContact>))]
internal sealed partial class ContactSyncJsonContext : JsonSerializerContext
{
    /// <summary>The metadata the <c>contact-sync</c> lane stores its messages, payload blobs and poison entries with.</summary>
    public static DeliveryJson<QueuedContact, ContactSyncMessage> Lane
        => new(Default.ContactSyncMessage, Default.QueuedContact, Default.ListQueuedContact, Default.PoisonedDeliveryMessageContactSyncMessage);
}
