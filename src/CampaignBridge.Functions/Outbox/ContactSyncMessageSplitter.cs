using System.Text.Json;

namespace CampaignBridge.Functions.Outbox;

/// <summary>
/// Packs an operation's contacts into queue-message-sized parts. A Storage queue message holds at most
/// 64 KiB, and Base64 encoding (see <see cref="StorageAccountClients"/>) leaves 48 KiB of JSON; each part is
/// kept under <see cref="MaxMessageBytes"/> including the room the flusher needs later to record a failure
/// in the same message. A single contact that alone is larger than that goes to a blob that its part references.
/// </summary>
internal static class ContactSyncMessageSplitter
{
    /// <summary>The JSON budget of one message (before Base64), below the 49,152 bytes Base64 allows.</summary>
    public const int MaxMessageBytes = 46 * 1024;

    /// <summary>Failure reasons stored in a message are cut to this length so a message never outgrows its budget.</summary>
    public const int MaxFailureReasonLength = 512;

    /// <summary>Splits <paramref name="contacts"/> (in order) into parts of at most <paramref name="maxMessageBytes"/>.</summary>
    public static IReadOnlyList<ContactSyncPart> Split(
        IReadOnlyList<QueuedContact> contacts, ContactSyncMessage envelope, int maxMessageBytes = MaxMessageBytes)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        ArgumentNullException.ThrowIfNull(envelope);

        // The envelope is measured with the largest failure bookkeeping it can ever carry.
        var reserved = envelope with
        {
            Contacts = [],
            ContactCount = int.MaxValue,
            Part = int.MaxValue,
            Sequence = long.MaxValue,
            Releases = int.MaxValue,
            LastFailure = new string('x', MaxFailureReasonLength),
        };
        var envelopeBytes = JsonSerializer.SerializeToUtf8Bytes(reserved, OutboxJsonContext.Default.ContactSyncMessage).Length;
        var budget = maxMessageBytes - envelopeBytes;
        if (budget <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxMessageBytes), maxMessageBytes, "The message budget does not even fit the envelope.");
        }

        var parts = new List<ContactSyncPart>();
        var current = new List<QueuedContact>();
        var currentBytes = 0;
        foreach (var contact in contacts)
        {
            // +1 for the comma between array elements.
            var size = JsonSerializer.SerializeToUtf8Bytes(contact, OutboxJsonContext.Default.QueuedContact).Length + 1;
            if (size > budget)
            {
                Flush();
                parts.Add(new ContactSyncPart([contact], StoreInBlob: true));
                continue;
            }

            if (currentBytes + size > budget)
            {
                Flush();
            }

            current.Add(contact);
            currentBytes += size;
        }

        Flush();
        return parts;

        void Flush()
        {
            if (current.Count > 0)
            {
                parts.Add(new ContactSyncPart(current, StoreInBlob: false));
                current = [];
                currentBytes = 0;
            }
        }
    }
}
