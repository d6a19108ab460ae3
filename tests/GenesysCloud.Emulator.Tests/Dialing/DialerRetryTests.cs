using GenesysCloud.Emulator.Tests.Support;

namespace GenesysCloud.Emulator.Tests.Dialing;

/// <summary>Retry rules per outcome (seed <c>dialer.retry</c>): again after N minutes, at most M attempts per number.</summary>
public sealed class DialerRetryTests
{
    [Fact]
    public async Task A_no_answer_is_retried_after_its_retry_time_and_at_most_its_max_attempts()
    {
        await using var world = await DialerWorld.StartAsync(s => DialerWorld.Always(s, DialOutcome.NoAnswer));
        await world.AddAsync(ContactBodies.Contact("c-1", "One", "+13175550101"));
        await world.StartCampaignAsync();

        world.Time.Advance(TimeSpan.FromHours(5));

        var attempts = world.Dialer.Attempts;
        attempts.Count.ShouldBe(3, "default rule: no answer, 3 attempts");
        attempts.ShouldAllBe(a => a.Outcome == DialOutcome.NoAnswer && a.WrapUpCode == "ININ-OUTBOUND-NO-ANSWER");
        for (var i = 1; i < attempts.Count; i++)
        {
            (attempts[i].StartedAt - attempts[i - 1].EndedAt!.Value).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMinutes(30));
            (attempts[i].StartedAt - attempts[i - 1].EndedAt!.Value).ShouldBeLessThan(TimeSpan.FromMinutes(30) + world.Dialer.Pace);
        }

        (await world.StatusOfAsync()).ShouldBe("complete");
    }

    [Fact]
    public async Task The_no_answer_timeout_of_the_campaign_is_how_long_an_unanswered_call_rings()
    {
        await using var world = await DialerWorld.StartAsync(s => DialerWorld.Always(s, DialOutcome.NoAnswer));
        await world.AddAsync(ContactBodies.Contact("c-1", "One", "+13175550101"));
        await world.StartCampaignAsync();

        world.AdvanceSlots(2);

        var attempt = world.Dialer.Attempts.First();
        (attempt.EndedAt - attempt.StartedAt).ShouldBe(TimeSpan.FromSeconds(30), "Spring Renewals has noAnswerTimeout 30");
        attempt.CallAnalysisDisposition.ShouldBe("disposition.classification.callable.noanswer");
    }

    [Fact]
    public async Task Each_outcome_uses_its_own_retry_rule_from_the_seed()
    {
        await using var world = await DialerWorld.StartAsync(s =>
        {
            DialerWorld.Always(s, DialOutcome.Busy);
            s.Dialer.Retry.Busy = RetryRuleSeed.After(5, 2);
        });
        await world.AddAsync(ContactBodies.Contact("c-1", "One", "+13175550101"));
        await world.StartCampaignAsync();

        world.Time.Advance(TimeSpan.FromHours(2));

        var attempts = world.Dialer.Attempts;
        attempts.Select(a => a.WrapUpCode).ShouldBe(["ININ-OUTBOUND-BUSY", "ININ-OUTBOUND-BUSY"]);
        (attempts[1].StartedAt - attempts[0].EndedAt!.Value).ShouldBeLessThan(TimeSpan.FromMinutes(5) + world.Dialer.Pace);
    }

    [Fact]
    public async Task After_the_last_attempt_on_one_number_the_dialer_moves_on_to_the_next_column()
    {
        await using var world = await DialerWorld.StartAsync(s =>
        {
            s.Dialer.OutcomesByNumber["+13175550101"] = ["machine"];
            s.Dialer.OutcomesByNumber["+13175550901"] = ["connected:Sale"];
        });
        await world.AddAsync(ContactBodies.Contact("c-1", "One", "+13175550101", mobile: "+13175550901"));
        await world.StartCampaignAsync();

        world.Time.Advance(TimeSpan.FromHours(4));

        world.Dialer.Attempts.Select(a => (a.PhoneColumn, a.Outcome)).ShouldBe(
            [("Phone", DialOutcome.Machine), ("Phone", DialOutcome.Machine), ("MobilePhone", DialOutcome.Connected)]);
        world.Dialer.Attempts[^1].WrapUpCode.ShouldBe(SeedIds.SaleWrapUp);
    }

    [Fact]
    public async Task A_retry_waiting_for_its_time_lets_the_next_contact_be_dialed_first()
    {
        await using var world = await DialerWorld.DialingAsync(["busy", "connected"], ["connected"]);
        world.AdvanceSlots(2);

        world.Dialer.Attempts.Select(a => a.ContactId).ShouldBe(["c-1", "c-2"]);
        var queue = world.Dialer.QueueOf(SeedIds.SpringRenewals);
        queue.Select(q => (q.ContactId, q.InFlight)).ShouldBe([("c-1", false), ("c-2", true)]);
        queue[0].RetryAt.ShouldNotBeNull().ShouldBe(world.Dialer.Attempts[0].EndedAt!.Value.AddMinutes(10));
    }
}
