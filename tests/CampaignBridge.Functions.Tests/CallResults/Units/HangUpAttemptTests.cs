using CampaignBridge.Functions.CallResults;
using CampaignBridge.Functions.Outbox;
using static CampaignBridge.Functions.Tests.CallResults.Units.EmulatorShapedConversations;

namespace CampaignBridge.Functions.Tests.CallResults.Units;

/// <summary>An attempt logged at hang-up: how its Task reads, and that the attempt with the wrap-up always wins over it.</summary>
public sealed class HangUpAttemptTests
{
    private static CallAttempt Final() => CallAttemptExtractor.Extract(AgentCall(), id => id == SaleCodeId ? "Sale" : null)!;

    private static CallAttempt AtHangUp() => CallAttemptExtractor.Extract(AgentCall(wrappedUp: false), _ => null)! with { AwaitingWrapUp = true };

    [Fact]
    public void The_final_attempt_wins_over_the_one_logged_at_hang_up_in_either_order_and_two_of_a_kind_keep_the_later()
    {
        var final = CallResultDeliveryTarget.RankOf(Final());
        var atHangUp = CallResultDeliveryTarget.RankOf(AtHangUp());

        DeliveryOrder.Supersedes(final, atHangUp).ShouldBeTrue();
        DeliveryOrder.Supersedes(atHangUp, final).ShouldBeFalse("a hang-up attempt met after the final one must not undo it");
        DeliveryOrder.Supersedes(final, final).ShouldBeTrue();
        DeliveryOrder.Supersedes(atHangUp, atHangUp).ShouldBeTrue();
    }

    [Fact]
    public void A_task_logged_at_hang_up_says_it_awaits_the_wrap_up_and_has_no_result_yet()
    {
        var options = new CallResultsOptions();

        var task = CallResultTask.From(AtHangUp(), options);

        task["CallDisposition"].Value.ShouldBe(CallResultLabels.AwaitingWrapUp);
        task["Subject"].Value.ShouldBe("Outbound call: " + CallResultLabels.AwaitingWrapUp);
        task["Description"].Value.ShouldBeOfType<string>().ShouldContain("updated with the agent's wrap-up");
        task["CallDurationInSeconds"].Value.ShouldBe(95);
        CallResultTask.From(Final(), options)["CallDisposition"].Value.ShouldBe("Sale");
    }

    [Fact]
    public void Logging_at_hang_up_is_on_by_default()
        => new CallResultsOptions().LogAtHangUp.ShouldBeTrue();
}
