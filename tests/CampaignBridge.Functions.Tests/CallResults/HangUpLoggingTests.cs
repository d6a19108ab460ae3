using CampaignBridge.Functions.CallResults;
using CampaignBridge.Functions.Tests.CallResults.Support;
using CampaignBridge.Functions.Tests.Outbox.Support;

namespace CampaignBridge.Functions.Tests.CallResults;

/// <summary>
/// Issue 14's lag target counts from the end of the conversation, but an agent's result exists only after the after-call
/// work. With <c>CallResults:LogAtHangUp</c> (the default) the call is logged at hang-up and the same Task is updated with
/// the wrap-up; outcome rules wait for the wrap-up. The runs here come every 5 s, so the one during the after-call work is seen.
/// </summary>
public sealed class HangUpLoggingTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(5);
    private const int MaxRuns = 240;

    [Fact]
    public async Task A_call_is_logged_at_hang_up_and_the_same_task_takes_the_wrap_up_and_its_outcome_rules_afterwards()
    {
        await using var world = await StartAsync(logAtHangUp: true);

        var seen = await RunUntilSaleLoggedAsync(world);

        var provisional = seen.ShouldNotBeNull("a run during the after-call work logs the call");
        provisional.Disposition.ShouldBe(CallResultLabels.AwaitingWrapUp);
        provisional.Subject.ShouldBe("Outbound call: " + CallResultLabels.AwaitingWrapUp);
        provisional.MemberStatus.ShouldNotBe("Responded", "the member status is the wrap-up's rule, which waits for it");
        var attempt = world.Genesys.Dialer.AttemptsOf(WayBackWorld.GenesysCampaignId).ShouldHaveSingleItem();
        (provisional.LoggedAt - attempt.EndedAt.ShouldNotBeNull()).ShouldBeLessThanOrEqualTo(Step, "logged by the first run after the hang-up");

        world.ShouldHaveLoggedEveryAttemptExactlyOnce();
        var task = world.LoggedCalls.ShouldHaveSingleItem();
        task.GetString("CallDisposition").ShouldBe("Sale");
        task.GetString("Subject").ShouldBe("Outbound call: Sale");
        world.MemberStatusOf(Person.Ada).ShouldBe("Responded");
    }

    [Fact]
    public async Task Without_logging_at_hang_up_nothing_is_written_before_the_wrap_up()
    {
        await using var world = await StartAsync(logAtHangUp: false);

        var seen = await RunUntilSaleLoggedAsync(world);

        seen.ShouldBeNull("the Task is written once, with the wrap-up");
        world.ShouldHaveLoggedEveryAttemptExactlyOnce();
        world.LoggedCalls.ShouldHaveSingleItem().GetString("CallDisposition").ShouldBe("Sale");
        world.MemberStatusOf(Person.Ada).ShouldBe("Responded");
    }

    private async Task<WayBackWorld> StartAsync(bool logAtHangUp)
    {
        var world = await WayBackWorld.StartAsync(
            azurite.ConnectionString,
            seed => seed.Dialer.OutcomesByNumber[Person.Ada.Phone] = ["connected:Sale"],
            settings => settings["CallResults:LogAtHangUp"] = logAtHangUp ? "true" : "false");
        await world.SendByOutboundMessageAsync(Person.Ada);
        await world.StartCampaignAsync();
        return world;
    }

    /// <summary>Runs every 5 s until Ada's Task says Sale; returns what the first Task awaiting the wrap-up looked like, if any.</summary>
    private static async Task<Provisional?> RunUntilSaleLoggedAsync(WayBackWorld world)
    {
        Provisional? seen = null;
        for (var run = 0; run < MaxRuns; run++)
        {
            world.Time.Advance(Step);
            await world.RunOnceAsync();
            var task = world.LoggedCalls.SingleOrDefault();
            if (task?.GetString("CallDisposition") == "Sale")
            {
                return seen;
            }

            if (task is not null && seen is null)
            {
                seen = new Provisional(task.GetString("CallDisposition"), task.GetString("Subject"), world.MemberStatusOf(Person.Ada), world.Time.GetUtcNow());
            }
        }

        throw new TimeoutException($"Ada's call was not logged with its wrap-up within {MaxRuns} runs.");
    }

    private sealed record Provisional(string? Disposition, string? Subject, string? MemberStatus, DateTimeOffset LoggedAt);
}
