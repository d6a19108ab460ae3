using System.Net;
using GenesysCloud.Emulator.Tests.Support;

namespace GenesysCloud.Emulator.Tests.Campaigns;

/// <summary><c>GET .../campaigns/{id}/interactions</c>: the attempts in flight (results reference §5); all lists empty = none.</summary>
public sealed class CampaignInteractionsTests
{
    [Fact]
    public async Task Ringing_talking_and_waiting_attempts_show_in_their_lists_and_none_when_all_are_done()
    {
        await using var world = await DialerWorld.DialingAsync(["busy", "connected:Sale"], ["connected:Sale"]);
        world.AdvanceSlots(2);
        var path = $"/api/v2/outbound/campaigns/{SeedIds.SpringRenewals}/interactions";

        var ringing = await world.GetJsonAsync(path);
        ringing.GetProperty("proceedingInteractions").EnumerateArray().Select(i => i.GetProperty("contact").GetProperty("id").GetString()).ShouldBe(["c-2"]);
        ringing.GetProperty("scheduledInteractions").EnumerateArray().Select(i => i.GetProperty("contact").GetProperty("id").GetString()).ShouldBe(["c-1"]);
        ringing.GetProperty("proceedingInteractions")[0].GetProperty("conversation").GetProperty("id").GetString().ShouldBe(world.Dialer.Attempts[1].ConversationId);

        world.Time.Advance(TimeSpan.FromSeconds(20));
        var talking = await world.GetJsonAsync(path);
        talking.GetProperty("interactingInteractions").EnumerateArray().Select(i => i.GetProperty("contact").GetProperty("id").GetString()).ShouldBe(["c-2"]);
        talking.GetProperty("interactingInteractions")[0].GetProperty("agent").GetProperty("id").GetString().ShouldBe(world.Dialer.Attempts[1].AgentId);

        world.Time.Advance(TimeSpan.FromHours(1));
        var done = await world.GetJsonAsync(path);
        foreach (var list in new[] { "pendingInteractions", "proceedingInteractions", "previewingInteractions", "interactingInteractions", "scheduledInteractions" })
        {
            done.GetProperty(list).GetArrayLength().ShouldBe(0, list);
        }
    }

    [Fact]
    public async Task Interactions_of_an_unknown_campaign_are_campaign_not_found()
    {
        await using var world = await DialerWorld.StartAsync();

        using var response = await world.Session.GetAsync($"/api/v2/outbound/campaigns/{SeedIds.UnknownGuid}/interactions", world.Token);

        await response.ShouldBeErrorBodyAsync(HttpStatusCode.NotFound, "campaign.not.found");
    }
}
