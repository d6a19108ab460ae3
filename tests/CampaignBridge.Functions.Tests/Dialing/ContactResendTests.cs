using CampaignBridge.Functions.Tests.Infrastructure;
using CampaignBridge.Functions.Tests.Outbox.Support;
using CampaignBridge.Genesys;
using Emulators.Hosting;
using GenesysCloud.Emulator;

namespace CampaignBridge.Functions.Tests.Dialing;

/// <summary>
/// Issue 11: a contact Salesforce sends again (an edit, a redelivered Outbound Message, a retried request) must not be
/// dialed again. Each test lets the dialer call the contact once, re-sends it while the call is live and after it ended,
/// and counts the attempts on the emulator's dialer; the control tests show a redial is seen when one is asked for.
/// </summary>
public sealed class ContactResendTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_contact_resent_through_the_synchronous_api_is_dialed_once()
    {
        await using var world = await DialedOnceAsync(AddThroughTheApiAsync);

        await ResendDuringAndAfterTheCallAsync(world, async () => (await world.UpsertAsync([0])).ShouldBeOk());

        world.AttemptsOn(0).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_contact_resent_through_the_queued_api_is_dialed_once()
    {
        await using var world = await DialedOnceAsync(AddThroughTheApiAsync);

        await ResendDuringAndAfterTheCallAsync(world, async () =>
        {
            (await world.UpsertAsync([0], query: "?mode=async")).StatusCode.ShouldBe(202);
            (await world.FlushAsync()).ItemsDelivered.ShouldBe(1);
        });

        world.AttemptsOn(0).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_contact_resent_by_an_outbound_message_is_dialed_once()
    {
        await using var world = await DialedOnceAsync(async w =>
        {
            await w.PostOutboundMessageAsync([0]);
            await w.FlushAsync();
        });
        var notification = 100;

        await ResendDuringAndAfterTheCallAsync(world, async () =>
        {
            await world.PostOutboundMessageAsync([0], notification += 100);
            (await world.FlushAsync()).ItemsDelivered.ShouldBe(1);
        });

        world.AttemptsOn(0).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_queued_write_redelivered_after_a_rate_limit_is_dialed_once()
    {
        await using var world = await DialedOnceAsync(AddThroughTheApiAsync);
        world.Emulator.Faults.Add(new FaultRule { PathPrefix = $"/api/v2/outbound/contactlists/{DialingWorld.ContactListId}/contacts", Method = "POST", Status = 429, Count = 1 });

        await world.PostOutboundMessageAsync([0], notification: 500);
        var limited = await world.FlushAsync();
        limited.ItemsDelivered.ShouldBe(0);
        limited.PausedUntil.ShouldNotBeNull();
        world.Advance(limited.PausedUntil.Value - world.Time.GetUtcNow() + TimeSpan.FromSeconds(1));
        (await world.FlushAsync()).ItemsDelivered.ShouldBe(1, "the message stayed queued through the 429 and is delivered after the pause");
        world.Advance(DialingWorld.AllCallsDone);

        world.AttemptsOn(0).Count.ShouldBe(1);
        world.Emulator.ContactsIn(DialingWorld.ContactListId)[DialingWorld.ContactId(0)].Data["LastName"].ShouldBe("Black", "the redelivered write did arrive");
    }

    [Fact]
    public async Task Control_a_contact_resent_with_redial_is_dialed_again()
    {
        await using var world = await DialedOnceAsync(AddThroughTheApiAsync);

        (await world.UpsertAsync([0], new { redial = true })).ShouldBeOk();
        world.Advance(DialingWorld.AllCallsDone);

        world.AttemptsOn(0).Count.ShouldBe(2, "asking for a redial requeues the contact, so the counting above would see a redial");
    }

    [Fact]
    public async Task Control_an_outbound_message_mapping_with_redial_dials_the_contact_again()
    {
        await using var world = await DialingWorld.StartAsync(azurite.ConnectionString,
            settings: s => s[$"Salesforce:OutboundMessages:{OutboxTestHost.MappingName}:Redial"] = "true");
        await world.PostOutboundMessageAsync([0]);
        await world.FlushAsync();
        (await world.StartCampaignAsync()).ShouldBeOk();
        world.Advance(DialingWorld.AllCallsDone);
        world.AttemptsOn(0).Count.ShouldBe(1);

        await world.PostOutboundMessageAsync([0], notification: 100);
        await world.FlushAsync();
        world.Advance(DialingWorld.AllCallsDone);

        world.AttemptsOn(0).Count.ShouldBe(2);
    }

    /// <summary>Adds contact 0 with <paramref name="add"/>, starts the campaign and waits until the dialer has called it once.</summary>
    private async Task<DialingWorld> DialedOnceAsync(Func<DialingWorld, Task> add)
    {
        var world = await DialingWorld.StartAsync(azurite.ConnectionString);
        try
        {
            await add(world);
            (await world.StartCampaignAsync()).ShouldBeOk().GetProperty("campaignStatus").GetString().ShouldBe(CampaignStatuses.On);
            world.Advance(world.Emulator.Dialer.Pace);
            world.AttemptsOn(0).ShouldHaveSingleItem("the dialer calls the new contact at its first pace slot");
            return world;
        }
        catch
        {
            await world.DisposeAsync();
            throw;
        }
    }

    private static async Task AddThroughTheApiAsync(DialingWorld world) => (await world.UpsertAsync([0])).ShouldBeOk();

    private static async Task ResendDuringAndAfterTheCallAsync(DialingWorld world, Func<Task> resend)
    {
        world.AttemptsOn(0).Single().State.ShouldNotBe(DialAttemptState.Finished, "the first re-send happens while the call is live");
        await resend();
        world.Advance(DialingWorld.AllCallsDone);
        world.AttemptsOn(0).Single().State.ShouldBe(DialAttemptState.Finished);
        await resend();
        world.Advance(DialingWorld.AllCallsDone);
    }
}
