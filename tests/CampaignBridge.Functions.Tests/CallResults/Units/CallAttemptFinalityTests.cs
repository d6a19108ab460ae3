using CampaignBridge.Functions.CallResults;
using CampaignBridge.Genesys;
using static CampaignBridge.Functions.Tests.CallResults.Units.EmulatorShapedConversations;

namespace CampaignBridge.Functions.Tests.CallResults.Units;

/// <summary>
/// <see cref="CallAttemptExtractor.IsFinal"/> (results reference §1.8): ended, and wrapped up by the agent, or without an
/// agent, or past the grace period.
/// </summary>
public sealed class CallAttemptFinalityTests
{
    private static readonly TimeSpan Grace = CallResultsOptions.DefaultWrapUpGracePeriod;

    private static AnalyticsConversation NoAnswer() => SystemResult("ININ-OUTBOUND-NO-ANSWER", "disposition.classification.callable.noanswer", "system");

    [Fact]
    public void A_conversation_that_has_not_ended_is_not_final_however_late()
        => CallAttemptExtractor.IsFinal(NoAnswer() with { ConversationEnd = null }, Start.AddDays(1), Grace).ShouldBeFalse();

    [Fact]
    public void An_ended_attempt_no_agent_took_part_in_is_final_at_once()
    {
        var call = NoAnswer();

        CallAttemptExtractor.IsFinal(call, call.ConversationEnd!.Value, Grace).ShouldBeTrue();
    }

    [Fact]
    public void An_agentless_call_and_a_dnc_skip_are_final_once_ended()
    {
        CallAttemptExtractor.IsFinal(AgentlessCall(), AgentlessCall().ConversationEnd!.Value, Grace).ShouldBeTrue();
        CallAttemptExtractor.IsFinal(DoNotCallSkip(), Start, Grace).ShouldBeTrue();
    }

    [Fact]
    public void An_agent_call_wrapped_up_is_final()
    {
        var call = AgentCall();

        CallAttemptExtractor.IsFinal(call, call.ConversationEnd!.Value.AddSeconds(20), Grace).ShouldBeTrue();
    }

    [Fact]
    public void An_agent_call_still_in_after_call_work_waits_until_the_grace_period_has_passed_since_its_end()
    {
        var call = AgentCall(wrappedUp: false);
        var end = call.ConversationEnd!.Value;

        CallAttemptExtractor.IsFinal(call, end, Grace).ShouldBeFalse();
        CallAttemptExtractor.IsFinal(call, end + Grace - TimeSpan.FromMilliseconds(1), Grace).ShouldBeFalse();
        CallAttemptExtractor.IsFinal(call, end + Grace, Grace).ShouldBeTrue();
    }

    [Fact]
    public void A_wrap_up_on_another_participant_does_not_finish_the_agents_after_call_work()
    {
        var call = AgentCall(wrappedUp: false);
        var dialer = new AnalyticsParticipant
        {
            Purpose = "outbound",
            Sessions = [Session() with { Segments = [Segment("wrapup", Start, Start) with { WrapUpCode = "ININ-OUTBOUND-DISCONNECT" }] }],
        };

        CallAttemptExtractor.IsFinal(call with { Participants = [.. call.Participants, dialer] }, call.ConversationEnd!.Value, Grace).ShouldBeFalse();
    }

    [Fact]
    public void An_agent_purpose_in_capitals_is_still_an_agent()
    {
        var call = AgentCall(wrappedUp: false);
        var upper = call with { Participants = [.. call.Participants.Select(p => p with { Purpose = p.Purpose!.ToUpperInvariant() })] };

        CallAttemptExtractor.IsFinal(upper, call.ConversationEnd!.Value, Grace).ShouldBeFalse();
    }

    [Fact]
    public void A_zero_grace_period_logs_an_agent_call_as_soon_as_it_ends()
    {
        var call = AgentCall(wrappedUp: false);

        CallAttemptExtractor.IsFinal(call, call.ConversationEnd!.Value, TimeSpan.Zero).ShouldBeTrue();
    }
}
