using System.Text.Json;

namespace CampaignBridge.Functions.Outbox;

/// <summary>
/// Packs an operation's items into queue-message-sized parts. A Storage queue message holds at most 64 KiB, and Base64
/// encoding (see <see cref="StorageAccountClients"/>) leaves 48 KiB of JSON; each part is kept under
/// <see cref="MaxMessageBytes"/> including the room the flusher needs later to record a failure in the same message. A
/// single item that alone is larger than that goes to a blob that its part references.
/// </summary>
internal static class DeliveryMessageSplitter
{
    /// <summary>The JSON budget of one message (before Base64), below the 49,152 bytes Base64 allows.</summary>
    public const int MaxMessageBytes = 46 * 1024;

    /// <summary>Splits <paramref name="items"/> (in order) into parts of at most <paramref name="maxMessageBytes"/>.</summary>
    public static IReadOnlyList<DeliveryPart<TItem>> Split<TItem, TMessage>(
        IReadOnlyList<TItem> items, TMessage envelope, DeliveryJson<TItem, TMessage> json, int maxMessageBytes = MaxMessageBytes)
        where TMessage : class, IDeliveryMessage<TItem, TMessage>
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(json);

        // The envelope is measured with the largest failure bookkeeping it can ever carry.
        var envelopeBytes = JsonSerializer.SerializeToUtf8Bytes(envelope.WorstCaseEnvelope(DeliveryText.MaxFailureReasonLength), json.Message).Length;
        var budget = maxMessageBytes - envelopeBytes;
        if (budget <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxMessageBytes), maxMessageBytes, "The message budget does not even fit the envelope.");
        }

        var parts = new List<DeliveryPart<TItem>>();
        var current = new List<TItem>();
        var currentBytes = 0;
        foreach (var item in items)
        {
            // +1 for the comma between array elements.
            var size = JsonSerializer.SerializeToUtf8Bytes(item, json.Item).Length + 1;
            if (size > budget)
            {
                Flush();
                parts.Add(new DeliveryPart<TItem>([item], StoreInBlob: true));
                continue;
            }

            if (currentBytes + size > budget)
            {
                Flush();
            }

            current.Add(item);
            currentBytes += size;
        }

        Flush();
        return parts;

        void Flush()
        {
            if (current.Count > 0)
            {
                parts.Add(new DeliveryPart<TItem>(current, StoreInBlob: false));
                current = [];
                currentBytes = 0;
            }
        }
    }
}
