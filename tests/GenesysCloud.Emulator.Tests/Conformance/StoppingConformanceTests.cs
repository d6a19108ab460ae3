using System.Net;
using GenesysCloud.Emulator.Tests.Support;

namespace GenesysCloud.Emulator.Tests.Conformance;

/// <summary><c>stopping</c> is a real, lasting state (§8.3); what start does during it is a setting.</summary>
public sealed class StoppingConformanceTests
{
    [Fact]
    public async Task Start_during_stopping_is_refused_by_default_as_an_invalid_transition()
    {
        await using var world = await DialerWorld.StartAsync();
        await world.StartCampaignAsync();
        await world.StopCampaignAsync();

        using var response = await world.Session.PostJsonAsync($"/api/v2/outbound/campaigns/{SeedIds.SpringRenewals}/start", world.Token, null);

        var body = await response.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "invalid.update.bad.status.transition");
        body.GetProperty("message").GetString()!.ShouldEndWith("Invalid transition from <STOPPING> to <ON>");
        (await world.StatusOfAsync()).ShouldBe("stopping");
    }

    [Fact]
    public async Task With_start_while_stopping_resume_a_stopping_campaign_is_turned_back_on_and_dials_again()
    {
        await using var world = await DialerWorld.StartAsync(s =>
        {
            s.Settings.StartWhileStopping = EmulatorSettings.StartWhileStoppingResume;
            DialerWorld.Always(s, DialOutcome.Connected);
        });
        await world.AddAsync(ContactBodies.Contact("c-1", "One", "+13175550101"));
        await world.StartCampaignAsync();
        await world.StopCampaignAsync();

        await world.StartCampaignAsync();
        world.Time.Advance(TimeSpan.FromSeconds(EmulatorSettings.DefaultStoppingDelaySeconds + 1));

        (await world.StatusOfAsync()).ShouldBe("on");
        world.AdvanceSlots(1);
        world.Dialer.Attempts.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Stop_during_stopping_is_a_harmless_200_and_the_campaign_still_reaches_off_on_time()
    {
        await using var world = await DialerWorld.StartAsync();
        await world.StartCampaignAsync();
        await world.StopCampaignAsync();
        world.Time.Advance(TimeSpan.FromSeconds(20));

        await world.StopCampaignAsync();
        world.Time.Advance(TimeSpan.FromSeconds(10));

        (await world.StatusOfAsync()).ShouldBe("off");
    }
}
