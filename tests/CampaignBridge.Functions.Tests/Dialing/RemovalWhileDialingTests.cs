using CampaignBridge.Functions.Contacts;
using CampaignBridge.Functions.Tests.Outbox.Support;

namespace CampaignBridge.Functions.Tests.Dialing;

/// <summary>
/// Issue 11 / reference §8.2: Genesys keeps contacts a running campaign uses when they are deleted (200 either way). The
/// app must notice, stop them from being dialed, and say so — never answer "removed" for a person who will still be called.
/// </summary>
public sealed class RemovalWhileDialingTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_contact_removed_while_its_campaign_runs_is_never_dialed_and_the_answer_says_it_was_stopped()
    {
        await using var world = await DialingWorld.StartAsync(azurite.ConnectionString);
        (await world.UpsertAsync([0, 1, 2])).ShouldBeOk();
        (await world.StartCampaignAsync()).ShouldBeOk();
        world.Advance(world.Emulator.Dialer.Pace);
        world.AttemptsOn(0).ShouldHaveSingleItem("the dialer has started on the list");

        var answer = (await world.RemoveAsync(1, 2)).ShouldBeOk();
        world.Advance(DialingWorld.AllCallsDone);

        answer.GetProperty("removed").GetArrayLength().ShouldBe(0);
        answer.GetProperty("stopped").EnumerateArray().Select(e => e.GetString()).ShouldBe([DialingWorld.ContactId(1), DialingWorld.ContactId(2)]);
        answer.GetProperty("code").GetString().ShouldBe(RemoveContactsResult.KeptInUseCode);
        answer.GetProperty("hint").GetString().ShouldNotBeNull().ShouldContain("campaign");
        world.AttemptsOn(1).ShouldBeEmpty();
        world.AttemptsOn(2).ShouldBeEmpty();
        world.AttemptsOn(0).Count.ShouldBe(1);
        var kept = world.Emulator.ContactsIn(DialingWorld.ContactListId)[DialingWorld.ContactId(1)];
        kept.Callable.ShouldBeFalse();
        kept.Data["LastName"].ShouldBe("Lead 1", "the kept contact's data is written back unchanged");
    }

    [Fact]
    public async Task Contacts_removed_once_the_campaign_is_off_are_deleted()
    {
        await using var world = await DialingWorld.StartAsync(azurite.ConnectionString);
        (await world.UpsertAsync([0, 1])).ShouldBeOk();

        var answer = (await world.RemoveAsync(0, 1)).ShouldBeOk();

        answer.GetProperty("removed").GetArrayLength().ShouldBe(2);
        answer.GetProperty("stopped").GetArrayLength().ShouldBe(0);
        answer.TryGetProperty("code", out _).ShouldBeFalse();
        world.Emulator.ContactsIn(DialingWorld.ContactListId).ShouldBeEmpty();
    }
}
