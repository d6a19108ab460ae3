using System.Text.Json;
using CampaignBridge.Functions.ContactSync;
using CampaignBridge.Functions.Outbox;

namespace CampaignBridge.Functions.Tests.Outbox;

public sealed class DeliveryMessageSplitterTests
{
    private static readonly ContactSyncMessage Envelope = new()
    {
        OperationId = Guid.NewGuid().ToString("D"),
        ContactListId = "7c2e4b1a-3d5f-4e6a-8b9c-000000000001",
        Part = 0,
        EnqueuedAt = DateTimeOffset.UnixEpoch,
        Sequence = 0,
        ContactCount = 0,
    };

    [Fact]
    public void Contacts_are_packed_in_order_into_parts_that_fit_a_queue_message_even_after_a_failure_is_recorded()
    {
        var contacts = Enumerable.Range(0, 3000)
            .Select(i => new QueuedContact($"003{i:D12}", new Dictionary<string, string> { ["FirstName"] = new('a', 80), ["LastName"] = $"L{i}" }))
            .ToList();

        var parts = DeliveryMessageSplitter.Split(contacts, Envelope, ContactSyncJsonContext.Lane);

        parts.Count.ShouldBeGreaterThan(1);
        parts.ShouldAllBe(p => !p.StoreInBlob);
        parts.SelectMany(p => p.Items).Select(c => c.Id).ShouldBe(contacts.Select(c => c.Id));
        foreach (var (part, index) in parts.Select((p, i) => (p, i)))
        {
            var worstCase = Envelope with
            {
                Part = index,
                Contacts = part.Items,
                ContactCount = part.Items.Count,
                Sequence = long.MaxValue,
                Releases = int.MaxValue,
                Refused = int.MaxValue,
                LastFailure = new string('x', DeliveryText.MaxFailureReasonLength),
            };
            var json = JsonSerializer.SerializeToUtf8Bytes(worstCase, ContactSyncJsonContext.Default.ContactSyncMessage);
            json.Length.ShouldBeLessThanOrEqualTo(DeliveryMessageSplitter.MaxMessageBytes);
            Convert.ToBase64String(json).Length.ShouldBeLessThanOrEqualTo(64 * 1024, "a Storage queue message holds 64 KiB");
        }
    }

    [Fact]
    public void A_contact_too_large_for_any_message_gets_a_part_of_its_own_stored_in_a_blob()
    {
        var small = new QueuedContact("003000000000001", new Dictionary<string, string> { ["LastName"] = "Small" });
        var huge = new QueuedContact("003000000000002", new Dictionary<string, string> { ["AccountId"] = new('z', 60_000) });
        var after = new QueuedContact("003000000000003", new Dictionary<string, string> { ["LastName"] = "After" });

        var parts = DeliveryMessageSplitter.Split([small, huge, after], Envelope, ContactSyncJsonContext.Lane);

        parts.Select(p => (p.StoreInBlob, p.Items.Count)).ShouldBe([(false, 1), (true, 1), (false, 1)]);
        parts[1].Items[0].ShouldBeSameAs(huge);
    }

    [Fact]
    public void The_message_budget_is_46_KiB_so_its_base64_form_stays_within_64_KiB()
    {
        DeliveryMessageSplitter.MaxMessageBytes.ShouldBe(46 * 1024);
        Convert.ToBase64String(new byte[DeliveryMessageSplitter.MaxMessageBytes]).Length.ShouldBeLessThanOrEqualTo(64 * 1024);
    }
}
