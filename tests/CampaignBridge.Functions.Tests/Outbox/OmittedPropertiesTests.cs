using System.Text.Json;
using CampaignBridge.Functions.CallResults;
using CampaignBridge.Functions.ContactSync;

namespace CampaignBridge.Functions.Tests.Outbox;

/// <summary>
/// The source-generated JSON sets an absent init-only property to null whatever its initializer says (dotnet/runtime#84484).
/// A queue message written by an earlier version, or by hand, that leaves a list or the options out must still read with
/// the documented defaults instead of failing later with a null reference.
/// </summary>
public sealed class OmittedPropertiesTests
{
    [Fact]
    public void A_contact_sync_message_without_options_and_contacts_reads_with_the_defaults()
    {
        var message = JsonSerializer.Deserialize(
            """{"operationId":"op","contactListId":"list","part":0,"enqueuedAt":"2026-12-01T10:00:00Z","sequence":1,"contactCount":1,"payloadBlob":"op/0.json"}""",
            ContactSyncJsonContext.Default.ContactSyncMessage)!;

        message.Options.ShouldBe(QueuedWriteOptions.Default);
        message.Contacts.ShouldBeEmpty();
    }

    [Fact]
    public void A_call_result_message_without_attempts_and_an_attempt_without_origin_read_with_the_defaults()
    {
        var message = JsonSerializer.Deserialize(
            """{"operationId":"op","org":"acme.my.salesforce.com","part":0,"enqueuedAt":"2026-12-01T10:00:00Z","sequence":1,"attemptCount":1,"payloadBlob":"op/0.json"}""",
            CallResultsJsonContext.Default.CallResultMessage)!;
        var attempt = JsonSerializer.Deserialize(
            """{"conversationId":"c1","campaignId":"camp","contactId":"00Q5g00000AbCdEEAV","attemptStart":"2026-12-01T10:00:00Z"}""",
            CallResultsJsonContext.Default.CallAttempt)!;

        message.Attempts.ShouldBeEmpty();
        attempt.Origin.ShouldBe(CallAttemptOrigins.Conversation);
    }
}
